package layout

import (
	"strings"
	"testing"

	"bulletin/parser/clean"
	"bulletin/parser/layout/cue"
)

// TestSignersAtEnd: bodies named one a line under the text, which the
// decoder took for headings, are a joint 落款 (the copy may be cut on a
// place's name); one body's name alone, or lines of words, are not.
func TestSignersAtEnd(t *testing.T) {
	B, H := cue.Body, cue.Heading
	text := "广大市民朋友，让我们行动起来，争做文明祭祀的倡导者。"
	checkSigners(t, []signerCase{
		{"bodies one a line", []string{text, "中共某市委宣传部", "某市民政局"}, []cue.Role{B, H, H}, "中共某市委宣传部"},
		{"cut on a place's name", []string{text, "中共某市委宣传部", "贵阳市民政局", "贵阳市"}, []cue.Role{B, H, H, H}, "中共某市委宣传部"},
		{"one body alone", []string{text, "某市民政局"}, []cue.Role{B, H}, "-"},
		{"a heading of words", []string{text, "某市民政局", "温暖过冬幸福过节"}, []cue.Role{B, H, H}, "-"},
	})
}

// signerCase is lines labelled by hand and the 落款's signer the assembly
// reads from them ("-" for none).
type signerCase struct {
	name   string
	lines  []string
	roles  []cue.Role
	signer string
}

func checkSigners(t *testing.T, tests []signerCase) {
	t.Helper()
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			d := cue.NewDoc(unitsWith(clean.Lines(strings.Join(tc.lines, "\n")), 1))
			roles := append([]cue.Role(nil), tc.roles...)
			doc := assemble(d, labelling{roles: roles, zones: make([]int, len(roles)), profile: len(profiles) - 1})
			if got := valueOf(doc.Signer); got != tc.signer {
				t.Errorf("signer %q, want %q", got, tc.signer)
			}
		})
	}
}
