package segment

import (
	"flag"
	"strings"
	"testing"
)

var _ = flag.Bool("update", false, "rewrite golden files")

func TestTag(t *testing.T) {
	sg, err := Shared()
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		in   string
		want []string // word/tag pairs that must appear
	}{
		{"市民政局党组成员、副局长张毅在培训总结中指出", []string{"党组成员/n", "副局长/n", "张毅/"}},
		{"西峡县民政局积极做好经济困难老年人集中照护工作", []string{"西峡县/ns", "经济困难老年人/n"}},
		{"南阳市消防救援支队防火监督科副科长郑新芳", []string{"南阳市/ns", "副科长/n", "郑新芳/"}},
		{"完成4416名特困人员的自理能力评估", []string{"4416/m", "特困人员/n"}},
	}
	for _, tc := range tests {
		var got []string
		joined := ""
		for _, tok := range sg.Tag(tc.in) {
			if tc.in[tok.Start:tok.End] != tok.Word {
				t.Fatalf("token %q at %d-%d does not match the text", tok.Word, tok.Start, tok.End)
			}
			got = append(got, tok.Word+"/"+tok.Tag)
			joined += tok.Word
		}
		if joined != tc.in {
			t.Errorf("tokens %q do not cover %q", got, tc.in)
		}
		all := strings.Join(got, " ") + " "
		for _, w := range tc.want {
			if !strings.Contains(all, w) {
				t.Errorf("%q: no %q in %v", tc.in, w, got)
			}
		}
	}
}
