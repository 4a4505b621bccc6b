package extract

import (
	"strings"
	"testing"

	"bulletin/parser/span"
	"bulletin/schema"
)

// TestPeopleReview54: a three-character name the segmenter glued to the
// verb of a speech after it (赵某|成作|了工作报告); a numeral surname right
// after a title (副县长|万|某某); the author a leader's works title names at
// its head (《某某关于…论述摘编》).
func TestPeopleReview54(t *testing.T) {
	tests := []rowCase{
		// The verb of a speech and its object after the name.
		{"市老龄办主任赵培成作了工作报告。", "赵培成 主任 [主任] @市老龄办"},
		{"局长王立成作报告。", "王立成 局长 [局长]"},
		{"主任陈志成作了表态发言。", "陈志成 主任 [主任]"},
		{"主任王芳再作说明。", "王芳 主任 [主任]"},
		{"副局长张伟又作了报告。", "张伟 副局长 [副局长]"},
		{"主任王明成作了书画展。", "王明 主任 [主任]"},
		{"局长、主任李德成作了全市近五年来老龄工作的总结报告。", "李德成 主任 [局长 主任]"},
		{"主任王明成作了关于书画的展览。", "王明 主任 [主任]"},

		// A numeral right after a title of office opens the holder's name.
		{"会上，副县长万建华讲话。", "万建华 副县长 [副县长]"},
		{"会议由副县长万建华主持。", "万建华 副县长 [副县长]"},
		{"局长万元户很多。", ""},
		{"副县长万分感谢大家。", ""},
		{"全县户数3万户。", ""},

		// The author at the head of a leader's works title, role null.
		{"学习《习近平关于民政工作论述摘编》。", "习近平 -"},
		{"认真研读《毛泽东选集》和《邓小平文选》。", "毛泽东 -; 邓小平 -"},
		{"学习《王明关于养老工作的重要论述》。", "王明 -"},
		{"编印《民政文选》。", ""},
		{"印发《关于加强民政工作的论述摘编》。", ""},
		{"学习《社会工作文集》。", ""},
		{"学习《养老服务论述摘编》。", ""},
	}
	checkRows(t, tests, "people", personRows)
}

// TestPeopleBrokenRunOnCredit: a photo credit run onto its caption's last
// sentence, the caption's source line joined to the next line into one
// paragraph (…开市。某某摄|在活动现场…): the source line's end closes the
// run, and the name is kept as read, not run on into the verb the other
// captions print after it.
func TestPeopleBrokenRunOnCredit(t *testing.T) {
	tests := []struct {
		lines []string
		want  string
	}{
		{[]string{"集市活动在广场火热开市。谷燕摄", "在活动现场，居民们参与文化服务。"}, "谷燕 -"},
		{[]string{"集市活动在广场火热开市。谷燕摄", "在活动现场，居民们参与文化服务。", "集市活动在广场火热开市。谷燕摄", "现场还设有特色摊位。"}, "谷燕 -"},
		{[]string{"老人们在食堂用餐。尤小龙摄", "志愿者为老人理发。"}, "尤小龙 -"},
		{[]string{"集市活动在广场火热开市。现场摄", "在活动现场，居民们参与文化服务。"}, ""},
		{[]string{"集市活动在广场火热开", "市。居民们参与文化服务。"}, ""},
		{[]string{"老人们在食堂用餐。摄", "志愿者为老人理发。"}, ""},
		// Named elsewhere without the verb (a byline with its label), the
		// person is read there, with the label's role.
		{[]string{"为困境儿童送上新春祝福。谷燕 摄", "活动现场气氛热烈。", "撰文：谷燕"}, "谷燕 撰文 [撰文]"},
	}
	for _, tc := range tests {
		t.Run(strings.Join(tc.lines, "|"), func(t *testing.T) {
			base := input(t, strings.Join(tc.lines, "\n"))
			var b span.Builder
			for k, l := range tc.lines {
				b.AddLine(l, k+1) // one paragraph, the lines joined
			}
			in := &Input{Text: b.Text(), Role: base.Role, Env: base.Env}
			var out schema.Entities
			for _, x := range All {
				in.extract(x, &out)
				if x.Name() == "people" {
					break
				}
			}
			if got := list(personRows(out)); got != tc.want {
				t.Errorf("got %q, want %q", got, tc.want)
			}
		})
	}
}
