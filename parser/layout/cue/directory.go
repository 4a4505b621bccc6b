package cue

import (
	"regexp"
	"strings"
	"unicode/utf8"

	"bulletin/parser/lexicon"
)

// A directory: an attachment that lists bodies and the number to call
// each on, one a line, the name and the number one space apart (某县殡仪馆
// 0000-1234567), often under group labels of a line each (殡仪馆, 公墓).
// The one space is all that sets the two cells apart, so the line reads as
// no grid by its spacing; the number closing a name does.

// phoneCellRe is a telephone number standing as a cell: an area code and
// a line (dashes of any width between), a mobile number, or a bare line;
// an extension may follow.
var phoneCellRe = regexp.MustCompile(`^(?:[(（]?0\d{2,3}[)）]?[-－—–]{0,2})?\d{7,8}(?:[-－—–转]\d{1,5})?$|^1[3-9]\d{9}$`)

// directoryRow reports whether t is a row of a directory: words naming a
// body, then one space, then a telephone number. A label of a line
// (咨询电话 0000-1234567, 联系人：…) names no body but the line: a
// contact, not a row; nor is a clause with its punctuation.
func directoryRow(t string) (name, phone string, ok bool) {
	t = strings.TrimSpace(t)
	k := strings.LastIndexAny(t, " \u3000")
	if k < 0 {
		return "", "", false
	}
	name, phone = strings.TrimSpace(t[:k]), t[k+1:]
	if !phoneCellRe.MatchString(phone) || name == "" || SentencePunct(name) || strings.ContainsAny(name, "：:|") {
		return "", "", false
	}
	// One name, though letter-spaced at its start (乙 县殡仪馆); words apart
	// (a headline's and its credit's) name no one body.
	f := strings.Fields(name)
	for _, w := range f[:len(f)-1] {
		if r, n := utf8.DecodeRuneInString(w); n != len(w) || !IsHan(r) {
			return "", "", false
		}
	}
	if _, label := lexicon.PhoneWords().EndingAt(squeeze(name), len(squeeze(name))); label {
		return "", "", false
	}
	han := false
	for _, r := range name {
		if IsHan(r) {
			han = true
		} else if r >= '0' && r <= '9' {
			return "", "", false // figures before the number: a row of a grid of figures, or a date
		}
	}
	return squeeze(name), phone, han
}

// PhoneCell reports whether a grid's cell is a telephone number.
func PhoneCell(s string) bool { return phoneCellRe.MatchString(strings.TrimSpace(s)) }

// directoryCue: a row of a directory among its others. A body's name and
// its number, nothing else, stand in no sentence, heading or 落款: the
// line is the grid's wherever it stands.
type directoryCue struct{}

func (directoryCue) Settles() Role   { return Table }
func (directoryCue) Name() string    { return "directory-row" }
func (directoryCue) Roles() []Role   { return []Role{Table} }
func (directoryCue) Needs() []string { return nil }

func (directoryCue) Match(d *Doc, i int) bool {
	_, _, ok := directoryRow(d.Lines[i].Text)
	return ok && d.inGrid(i)
}
