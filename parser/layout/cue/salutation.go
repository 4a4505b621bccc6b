package cue

import (
	"strings"
	"unicode/utf8"

	"bulletin/parser/lexicon"
	"bulletin/parser/span"
)

// salutation: the greeting a 公告, 通告, 倡议书 or 告知书 opens with, whom it
// speaks to, on a line of its own closed by a colon (广大市民朋友：, 尊敬的
// 市民朋友们：, 社会各界人士：): the text's 主送, which names people where a
// 公文's names bodies (GB/T 9704-2012 §7.3.2). A news report that prints
// such a text prints it too, so the greeting marks no kind.
type salutation struct{}

func (salutation) Name() string    { return "salutation" }
func (salutation) Roles() []Role   { return []Role{Recipient} }
func (salutation) Needs() []string { return []string{"：", ":"} }

func (salutation) Match(d *Doc, i int) bool {
	s := strings.TrimSpace(d.Lines[i].Sq)
	body, ok := strings.CutSuffix(s, "：")
	if !ok {
		if body, ok = strings.CutSuffix(s, ":"); !ok {
			return false
		}
	}
	return Greeting(body)
}

var (
	greetLeads = cueWords("greetlead")   // 尊敬的, 广大, 全县 …
	addressees = cueWords("addressee")   // 市民, 朋友们, 群众 …
	greetJoins = cueWords("conjunction") // 和, 及, 与: two groups greeted
)

// Greeting reports whether s is whom a greeting addresses: words of
// respect or scope, or a place's name (cue list greetlead: 尊敬的, 广大,
// 全县), then the people greeted (cue list addressee), one group or more
// joined by a conjunction or 、 (居民和朋友们); nothing else.
func Greeting(s string) bool {
	for s != "" {
		if w, ok := greetLeads.prefix(s); ok {
			s = s[len(w):]
		} else if p, ok := lexicon.Places().At(s, 0); ok && len(p) < len(s) {
			s = s[len(p):]
		} else {
			break
		}
	}
	if s == "" {
		return false
	}
	for s != "" {
		w, ok := addressees.prefix(s)
		if !ok {
			return false
		}
		s = s[len(w):]
		if s == "" {
			return true
		}
		if strings.HasPrefix(s, "、") {
			s = s[len("、"):]
		} else if c, ok := greetJoins.prefix(s); ok && len(c) < len(s) {
			s = s[len(c):]
		}
	}
	return false
}

// AddressOpening is where the address that opens line s ends, past its
// colon and the white space after it, where a copy that flattened the text
// ran the address and the text into one line (广大市民朋友： 清明节即将到来，…;
// 各乡、镇人民政府，县级各单位、部门: 为规范…): a greeting or a 主送 list,
// then white space, the trace of the line break the copy lost, then running
// text. It is 0 where the line opens otherwise.
func AddressOpening(s string) int {
	k := strings.IndexAny(s, ":：")
	if k <= 0 {
		return 0
	}
	_, w := utf8.DecodeRuneInString(s[k:])
	rest := s[k+w:]
	text := strings.TrimLeft(rest, " \t\u3000")
	if len(text) == len(rest) || !SentencePunct(text) {
		return 0
	}
	head := span.SqueezeString(strings.TrimSpace(s[:k]))
	if !Greeting(head) && !recipientList(head) {
		return 0
	}
	return k + w
}
