package cue

import "strings"

// scriptLabel: a part of a television news script, its label in 【】 at
// the head of the line (【解说】8月22日是…, 【同期】某局主任 某某): the
// story's text and its speakers, never a headline or a heading, however
// short the line.
type scriptLabel struct{}

func (scriptLabel) Name() string    { return "script-label" }
func (scriptLabel) Roles() []Role   { return []Role{Body} }
func (scriptLabel) Denies() []Role  { return []Role{Title, Heading, Subheading} }
func (scriptLabel) Needs() []string { return []string{"【", "["} }

func (scriptLabel) Match(d *Doc, i int) bool { return ScriptLabel(d.Lines[i].Sq) != "" }

var scriptWords = cueWords("script")

// ScriptLabel is the script's label that opens s with its brackets
// (【同期】), or "".
func ScriptLabel(s string) string {
	t := strings.TrimLeft(s, " ")
	for _, p := range [][2]string{{"【", "】"}, {"[", "]"}} {
		inner, ok := strings.CutPrefix(t, p[0])
		if !ok {
			continue
		}
		k := strings.Index(inner, p[1])
		if k > 0 && scriptWords.has(strings.TrimSpace(inner[:k])) {
			return t[:len(p[0])+k+len(p[1])]
		}
	}
	return ""
}
