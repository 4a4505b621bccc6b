package layout

import (
	"strings"

	"bulletin/parser/layout/cue"
)

// runInKind reads the title a copy ran into the text's first sentence
// (某省殡葬事业发展行动方案,为贯彻落实…,特制定本行动方案。): the text's
// first clause names a document of a kind (方案, 办法, 规定 …), the clause
// after it opens the preamble's purpose (为…), and the preamble calls the
// text by that kind (本方案, 本行动方案), as a plan or rule says why it is
// made (GB/T 9704's 正文 of a 方案 opens 为…，制定本方案). The heading stays
// the text's line.
type runInKind struct{}

func (runInKind) name() string { return "title run into the preamble" }

func (runInKind) find(a *assembly) (headline, bool) {
	i := a.contentStart()
	if i >= len(a.roles) || a.roles[i] != cue.Body && a.roles[i] != cue.Heading {
		return headline{}, false
	}
	t := a.text(i)
	s := t.String()
	k := strings.IndexAny(s, ",，")
	if k <= 0 {
		return headline{}, false
	}
	head := strings.TrimSpace(s[:k])
	kind, ok := cue.KindEnding(head)
	if !ok || kind == head || cue.SentencePunct(head) || !cue.HasHan(head) {
		return headline{}, false
	}
	rest := strings.TrimLeft(s[k:], ",， ")
	if !strings.HasPrefix(rest, "为") || !selfNamedKind(rest, kind) {
		return headline{}, false
	}
	start := strings.Index(s, head)
	return headline{line: i, words: t.Slice(start, start+len(head))}, true
}

// selfNamedKind reports whether rest calls the text 本…kind, its kind with
// the words that qualify it (本行动方案, 本实施办法).
func selfNamedKind(rest, kind string) bool {
	for _, tail := range strings.Split(rest, "本")[1:] {
		if e := strings.Index(tail, kind); e >= 0 && !strings.ContainsAny(tail[:e], ",，。；;、") {
			return true
		}
	}
	return false
}
