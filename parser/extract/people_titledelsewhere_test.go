package extract

import "testing"

// TestOfficeElsewhere: the title of office the document prints next to a
// name at another place, before it (部长张三) or, where none stands before
// it, right after it (习近平总书记), names the person a mention with no
// title keeps. Not so: a form of address, a credit label or a status
// next to the name, or no title at all.
func TestOfficeElsewhere(t *testing.T) {
	tests := []struct{ doc, name, want string }{
		{"部长张三出席。张三同志指出,要抓好落实。", "张三", "部长"},
		{"认真学习贯彻习近平总书记重要指示。突出学好《习近平关于民政工作论述摘编》。", "习近平", "总书记"},
		{"王明副局长出席。王明指出,要抓好落实。", "王明", "副局长"},
		{"副市长李华、王明局长出席。", "李华", "副市长"},

		// No office: a form of address, a credit, a status, none.
		{"张三同志指出,要抓好落实。", "张三", ""},
		{"（李华记者）会议召开。", "李华", ""},
		{"低保户张三家中。", "张三", ""},
		{"王明主持会议。", "王明", ""},
	}
	for _, tc := range tests {
		t.Run(tc.doc, func(t *testing.T) {
			if got, _ := officeElsewhere(tc.doc, tc.name); got != tc.want {
				t.Errorf("officeElsewhere(%q) = %q, want %q", tc.name, got, tc.want)
			}
		})
	}
}
