package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"bulletin/parser/lexicon"
)

// A service line's notice prints whom to ask for by surname and a form of
// address run into the number, under the line's phone label and with no
// 联系人 label (预约电话:王经理13907582665、李经理15676195246; 电话:卢先生
// 13876217502): the person so named is that number's contact, as a 联系人
// printed by surname and form is (聯系人:伍女士, GOLD.md contacts). The
// form is a polite one (先生, 女士: cue list honorific) or the job title a
// caller addresses a person by (经理, 主任, 老师: cue list contactform).
// The surname opens a field: a label's colon, the 、 of a list of such
// names, a space or a line's start stands before it, or the phone label
// itself; inside a word (部门经理, 办公室主任) it is no surname. A number
// with no one printed before it stays a hotline's (GOLD.md: a hotline or
// an office's number with no named person is no contact).
type surnamedCaller struct{}

func (surnamedCaller) rule() string { return "contacts/surnamed" }

func (surnamedCaller) nameBefore(s string, at int) (int, bool) {
	e := len(strings.TrimRight(s[:at], " \t"))
	form, ok := lexicon.CueWordList("honorific").EndingAt(s, e)
	if f, k := lexicon.CueWordList("contactform").EndingAt(s, e); k && len(f) > len(form) {
		form, ok = f, true
	}
	if !ok {
		return 0, false
	}
	sur, ok := lexicon.Surnames().EndingAt(s, e-len(form))
	if !ok {
		return 0, false
	}
	start := e - len(form) - len(sur)
	r, _ := utf8.DecodeLastRuneInString(s[:start])
	if start > 0 && unicode.Is(unicode.Han, r) {
		if w, ok := lexicon.PhoneWords().EndingAt(s, start); !ok || lexicon.PhoneWords().Label(w, 0) != "ending" {
			return 0, false // 部门经理: the form ends a word, no surname before it
		}
	}
	return start, true
}
