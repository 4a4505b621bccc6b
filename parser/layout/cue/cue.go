// Package cue holds the printed conventions that tell what a line of a
// Chinese administrative document is: a masthead, 第N期, a 发文字号, a web
// page's information field, a numbered heading, an attribution （…）, a
// 落款, a footer list, a row of a table, page chrome. Each convention is a
// Cue in a file of its own, listed in All; a cue matches a line of a Doc
// and names the roles such a line is evidence of. The layout's decoder
// weighs the cues of every line and labels the whole document at once.
package cue

import (
	"slices"
	"strings"
	"sync"
	"unicode/utf8"
)

// Role is what a line of a document is.
type Role uint8

// The roles a line can take. testdata/roles/README.md says what each means.
const (
	Chrome Role = iota
	Title
	Header
	Recipient
	Contents
	Section
	Heading
	Subheading
	Body
	Brief
	Attribution
	Byline
	Closing
	Signature
	Footer
	Attachment
	Table

	NumRoles = iota
)

var roleNames = [NumRoles]string{"chrome", "title", "header", "recipient", "contents", "section", "heading",
	"subheading", "body", "brief", "attribution", "byline", "closing", "signature", "footer", "attachment", "table"}

func (r Role) String() string {
	if int(r) < len(roleNames) {
		return roleNames[r]
	}
	return "role?"
}

// ParseRole reads a role's name.
func ParseRole(s string) (Role, bool) {
	i := slices.Index(roleNames[:], s)
	return Role(i), i >= 0
}

// Cue is one printed convention.
type Cue interface {
	// Name names the cue in results and in the weights file.
	Name() string
	// Roles are the roles a matching line is evidence of.
	Roles() []Role
	// Needs lists literals of which a line must hold one before Match is
	// asked; nil when there is none to require.
	Needs() []string
	// Match reports whether line i of d shows the convention.
	Match(d *Doc, i int) bool
}

// Kinded is a cue that marks a kind of document: 第N期 a bulletin, a
// 发文字号 a notice.
type Kinded interface {
	Kind() string
}

// Shape is a cue that measures a line's shape (it ends a sentence, it is
// as wide as the text wraps) rather than a printed convention: the roles
// it names are weak evidence, which a shape shares with lines of every
// role, and count for no line's evidence of a role.
type Shape interface {
	Shape()
}

// KindOnly is a Kinded cue that says what kind of document the text is
// and nothing of the role of the line it stands on: the words of a
// notice's text that name it (本通告) stand in a heading or in running
// text alike. Its matches count for the kind, never as a line's feature.
type KindOnly interface {
	Kinded
	KindOnly()
}

// Settling is a cue whose convention leaves its line one role, whatever
// else the line shows: a page's number is chrome, 特此通知 closes, the end
// of an attribution is an attribution.
type Settling interface {
	Settles() Role
}

// Denying is a cue whose convention rules out roles for its line,
// wherever it stands: a byline is never a headline or a heading.
type Denying interface {
	Denies() []Role
}

// Defining is a Kinded cue whose convention GOLD.md names as what makes a
// document of its kind: a 发文字号, a 主送 line or a 文件 masthead make a
// notice, a 第N期 an issue of a bulletin. A document that shows one is of
// that kind (a notice's marks weigh over a bulletin's).
type Defining interface {
	Kinded
	Defines() bool
}

// All is every cue, in the order their matches are listed.
var All = []Cue{
	// The shape of a line, measured against its document.
	terminal{}, running{}, full{}, bare{}, breakBefore{}, first{}, indented{}, continues{}, unended{}, labelled{}, unnumbered{}, standalone{}, couplet{}, figures{},
	// Header.
	masthead{}, mastheadFirst{}, issueNumber{}, docNumber{}, issuerMark{}, secrecy{}, infoField{}, sourceOnly{}, timestamp{},
	dateLine{}, agencyLine{}, agencyRow{}, agencyDate{}, noticeTitle{}, headlineNotice{}, fileTitled{}, promulgationNote{}, recipient{}, salutation{}, contentsHead{}, issueContents{}, tocLeader{},
	// Body structure.
	enumTop{}, enumNested{}, enumInline{}, markdownHeading{}, sectionMark{}, framedLabel{}, labelValue{}, sectionWord{}, briefSection{}, chronicleMonth{}, runIn{}, unitLed{}, dateLed{}, scriptLabel{}, bracketEntry{}, listInLine{}, leadRepeat{}, placeLed{}, digest{}, unitRoundup{},
	attribution{}, attributionTail{}, repeatsEarlier{}, repeatedLater{}, listedRun{}, repeatedFirst{},
	// Closing and foot.
	byline{}, namedByline{}, asker{}, credit{}, jobCredit{}, unitCredit{}, closingPhrase{}, selfNamed{}, contact{}, phoneOnly{}, bodyPhone{}, clockLine{}, attachList{}, attachListMore{}, attachHead{}, afterSeal{}, publicNote{},
	closingCredit{}, footerList{}, footCredit{}, printed{}, copies{}, timeLabelled{},
	// Tables.
	tabRow{}, pipeRow{}, spacedRow{}, directoryCue{}, figureBarRow{}, pastGrid{}, cellRun{}, serialGrid{}, spacedGrid{}, headGrid{}, statRow{}, betweenRows{}, tableNote{}, tableTitle{},
	// Chrome.
	furniture{}, feedbackForm{}, breadcrumb{}, overBreadcrumb{}, breadcrumbTail{}, trailColumn{}, numberedTrail{}, siteFoot{}, underSiteFoot{}, siteTerms{}, overSiteFoot{}, paperPage{}, periodicalIssue{}, border{}, pageNumber{}, pageColumn{}, printStamp{}, fileName{}, underImage{}, repeatsHeadline{},
	figureAlone{}, linkCaption{}, namedCaption{}, relatedLinks{}, doubledLink{}, teaser{}, hotline{}, splitStamp{}, navBar{}, menuList{}, linkList{}, siteBanner{}, weather{}, siteName{}, tagLine{}, readingTime{}, afterRepeatedInfo{}, afterCredits{}, outline{}, caption{}, datedLinks{}, repostCredit{}, docShare{},
}

// SharedFrom is the size of text from which a document's work is shared
// among the cores: a long report or a concatenated archive, where a stage
// takes a good part of a second (matching the cues of 1 MiB, about 14,000
// lines, takes about 0.06 s of CPU, against microseconds to start a worker).
// Below it one goroutine does the work, so that a batch of ordinary files
// (the corpus's largest is 18 KB), whose jobs already keep every core
// busy, runs as before.
const SharedFrom = 1 << 20

// Match lists, for each line of d, the indices in All of the cues it
// matches.
func Match(d *Doc) [][]int { return matchWith(d, Workers(d.Lines)) }

// matchWith is Match on workers goroutines, each a stretch of the lines.
func matchWith(d *Doc, workers int) [][]int {
	out := make([][]int, len(d.Lines))
	needs := allNeeds()
	match := func(from, to int) {
		for i := from; i < to; i++ {
			s := d.Lines[i].Sq
			runes := runeBloom(s)
			for k, c := range All {
				if n := needs[k]; n != nil && !mayContainAny(runes, s, n) {
					continue
				}
				if c.Match(d, i) {
					out[i] = append(out[i], k)
				}
			}
		}
	}
	// Each cue reads the measured Doc and its own line only, so the
	// stretches need no lock.
	Stretches(len(d.Lines), workers, match)
	return out
}

// need is a literal a cue needs, with the bloom bit of its first rune.
type need struct {
	lit string
	bit uint32
}

// allNeeds holds each cue's Needs, asked once.
var allNeeds = sync.OnceValue(func() [][]need {
	out := make([][]need, len(All))
	for k, c := range All {
		for _, l := range c.Needs() {
			r, _ := utf8.DecodeRuneInString(l)
			out[k] = append(out[k], need{l, bloomBit(r)})
		}
	}
	return out
})

// bloom marks, one bit of 1024 a rune, the runes a line holds: a literal
// whose first rune's bit is clear is not in the line, and is not looked
// for. A line of fifty different characters sets about one bit in twenty.
type bloom [16]uint64

func bloomBit(r rune) uint32 { return (uint32(r) * 2654435761) >> 22 }

func runeBloom(s string) *bloom {
	var b bloom
	for _, r := range s {
		k := bloomBit(r)
		b[k/64] |= 1 << (k % 64)
	}
	return &b
}

func mayContainAny(b *bloom, s string, ns []need) bool {
	for _, n := range ns {
		if b[n.bit/64]&(1<<(n.bit%64)) != 0 && strings.Contains(s, n.lit) {
			return true
		}
	}
	return false
}

func containsAny(s string, lits []string) bool {
	for _, l := range lits {
		if strings.Contains(s, l) {
			return true
		}
	}
	return false
}

// Index is the index in All of the cue of that name, or -1.
func Index(name string) int {
	return slices.IndexFunc(All, func(c Cue) bool { return c.Name() == name })
}
