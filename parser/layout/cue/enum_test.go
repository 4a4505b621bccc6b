package cue

import "testing"

// TestEnumerator reads each kind of enumerator, its value and where the
// text after it starts; numbers that open a sentence are none.
func TestEnumerator(t *testing.T) {
	tests := []struct {
		in    string
		kind  Enum
		value int
		rest  string
	}{
		{"第一章 总则", Chapter, 1, " 总则"},
		{"第三部分 保障措施", Chapter, 3, " 保障措施"},
		{"第三条下列募捐行为不需要行政许可:", Article, 3, "下列募捐行为不需要行政许可:"},
		{"第十二条 本办法自发布之日起施行。", Article, 12, " 本办法自发布之日起施行。"},
		{"二、发放标准", CnComma, 2, "发放标准"},
		{"（一）依法登记的社会团体", CnParen, 1, "依法登记的社会团体"},
		{"3、申请材料", NumComma, 3, "申请材料"},
		{"1.申请人", NumComma, 1, "申请人"},
		{"(2)户口簿", NumParen, 2, "户口簿"},
		{"①身份证", Circled, 1, "身份证"},
		{"一,、中国兽药协会等4家社会组织", CnComma, 1, "中国兽药协会等4家社会组织"}, // a copy's doubled mark
		{"二，、年度检查不合格", CnComma, 2, "年度检查不合格"},
		{"01 守护生命健康，倡导安全祭扫", Padded, 1, "守护生命健康，倡导安全祭扫"},
		{"02关爱特殊群体", Padded, 2, "关爱特殊群体"}, // squeezed, as cues read a line
		// No enumerator.
		{"05 人参加培训", NoEnum, 0, ""},      // a spaced-out count
		{"03 月 05 日召开会议", NoEnum, 0, ""}, // a spaced-out date
		{"01 2024", NoEnum, 0, ""},
		{"10 关爱特殊群体", NoEnum, 0, ""}, // no zero before it
		{"00 关爱特殊群体", NoEnum, 0, ""}, // no part numbered 0
		{"第三条", NoEnum, 0, ""},       // a reference, no article under it
		{"第三次全国人口普查", NoEnum, 0, ""},
		{"1.5万元补贴已发放", NoEnum, 0, ""},
		{"第三条之规定", NoEnum, 0, ""},
		{"第二十条第(一)项", NoEnum, 0, ""},
		{"第三条规定的情形除外。", NoEnum, 0, ""},
		{"第三条、第四条所列材料", NoEnum, 0, ""},
		{"一,二级社会组织", NoEnum, 0, ""}, // a comma alone is no enumerator
		{"一，,、两个标点", NoEnum, 0, ""}, // one stray mark, not two
	}
	for _, tc := range tests {
		kind, value, end := Enumerator(tc.in)
		rest := ""
		if kind != NoEnum {
			rest = tc.in[end:]
		}
		if kind != tc.kind || value != tc.value || rest != tc.rest {
			t.Errorf("Enumerator(%q) = %v, %d, %q; want %v, %d, %q", tc.in, kind, value, rest, tc.kind, tc.value, tc.rest)
		}
	}
}

// TestListInLine: a line that opens a count and holds its next member
// after a semicolon is a list in one paragraph; a count's members on lines
// of their own, a semicolon before another count, are none.
func TestListInLine(t *testing.T) {
	tests := []struct {
		in   string
		want bool
	}{
		{"1.申请书；2.户口簿复印件；3.身份证复印件。", true},
		{"（一）低保对象; （二）特困人员; （三）其他困难群众。", true},
		{"一、提交申请；二、审核确认。", true},
		{"1.申请书。", false},
		{"1.申请人提交申请；审核后公示，2.无异议的予以批准。", false},
		{"申请材料：1.申请书；2.户口簿复印件。", false},
		{"一、提交申请；（二）审核确认。", false},
	}
	for _, tc := range tests {
		if got := ListInLine(tc.in); got != tc.want {
			t.Errorf("ListInLine(%q) = %v, want %v", tc.in, got, tc.want)
		}
	}
}

func TestIssuedTitle(t *testing.T) {
	tests := []struct {
		in, want string
		ok       bool
	}{
		{"现将《某省最低生活保障实施办法》印发给你们，请认真组织实施。", "某省最低生活保障实施办法", true},
		{"现将民政部《关于做好冬春救助工作的通知》转发给你们，请结合实际贯彻落实。", "关于做好冬春救助工作的通知", true},
		{"根据《社会救助暂行办法》，结合我省实际，制定本办法。", "", false},
		{"认真学习《某某条例》，印发宣传材料5000份。", "", false},
		{"现将《某某办法》(某民发〔2023〕1号)印发给你们。", "", false},
		{"《2025年全市民政工作要点》及《任务分解表》已经局党组会议审议通过，现印发给你们，请认真贯彻落实。", "2025年全市民政工作要点", true},
		{"《某某条例》已经审议通过，自公布之日起施行。现印发宣传材料。", "", false},
		{"《某某办法》实施以来，各地积极落实。", "", false},
		{"为规范募捐工作，我厅研究制定了《某省慈善募捐管理指引（试行）》，现印发给你们作为工作指引和参考。", "某省慈善募捐管理指引（试行）", true},
		{"我局认真学习了《某某条例》，现将学习情况报告如下。", "", false},
		{"对照《某某办法》，现印制宣传册发放到户。", "", false},
	}
	for _, tc := range tests {
		got, ok := IssuedTitle(tc.in)
		if got != tc.want || ok != tc.ok {
			t.Errorf("IssuedTitle(%q) = %q, %v; want %q, %v", tc.in, got, ok, tc.want, tc.ok)
		}
	}
}
