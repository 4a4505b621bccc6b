package extract

import "testing"

// TestCreditElsewhere: the bare name of a source line takes the credit noun
// the document prints before it elsewhere, a space or colon between; a
// credit verb, an office, another name or no credit gives none.
func TestCreditElsewhere(t *testing.T) {
	tests := []struct{ doc, name, want string }{
		{"来源: 长城网  杨亚红\n长城网讯(记者 杨亚红)鉴于…", "杨亚红", "记者"},
		{"来源：某某网 李四\n本报通讯员李四报道", "李四", "通讯员"},
		{"来源：某某网 李四\n(作者：李四)", "李四", "作者"},

		// No credit noun before the name.
		{"来源：某某网 李四\n编辑：李四", "李四", ""},
		{"来源：某某网 李四\n副局长李四出席", "李四", ""},
		{"来源：某某网 李四\n记者王五 李四说", "李四", ""},
		{"来源：某某网 李四", "李四", ""},
	}
	for _, tc := range tests {
		got, _ := creditElsewhere(tc.doc, tc.name)
		if got != tc.want {
			t.Errorf("creditElsewhere(%q, %q) = %q, want %q", tc.doc, tc.name, got, tc.want)
		}
	}
}
