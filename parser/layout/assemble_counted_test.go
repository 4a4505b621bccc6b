package layout

import (
	"testing"

	"bulletin/parser/layout/cue"
)

func TestCountedOpening(t *testing.T) {
	for _, c := range []struct {
		line  string
		value int
	}{
		{"坚持“一个目标”:以全面标准化为抓手,以改革创新为动力。", 1},
		{"突出“两大重点”:聚焦积极应对人口老龄化战略。", 2},
		{"“1”就是突出“学习宣传贯彻党的二十大精神”这一条主线", 1},
		{"“6”就是强化六大重点工作", 6},
		{"完善“四大体系”:持续优化完善政策制度。", 4},
		// Not so.
		{"全面落实“12345”总体目标,全力推进民政工作。", 0}, // the slogan's whole figure, no part's count
		{"会议强调,要坚持“一个目标”不动摇。", 0},        // a count inside a sentence
		{"“双百”行动深入开展。", 0},               // no numeral
		{"“十四五”规划顺利收官。", 0},              // a plan's name, no count of parts
	} {
		v, ok := countedOpening(c.line)
		if v != c.value || ok != (c.value > 0) {
			t.Errorf("countedOpening(%q) = %d, %v; want %d", c.line, v, ok, c.value)
		}
	}
}

// TestCountedParts: a plan whose paragraphs open with counts in quotes,
// from one up, has them as its items, the numbered headings under them
// their parts; counts that do not rise from one make no parts.
func TestCountedParts(t *testing.T) {
	const head = "2025年某区民政局工作思路\n按照“123”总体目标,全力推进民政事业高质量发展。\n"
	checkItemTitles(t, []itemTitlesCase{
		{"counts from one, run in", head + "坚持“一个目标”:以全面标准化为抓手,推动民政事业发展。\n突出“两大重点”:聚焦养老服务和社会救助两大重点。\n发力“三个方向”:聚焦普惠性、基础性、兜底性。\n", "坚持“一个目标” | 突出“两大重点” | 发力“三个方向”"},
		{"counts on lines of their own over numbered headings", head + "“1”就是突出一条主线\n深入学习宣传贯彻党的二十大精神。\n“2”就是开展两个创建\n扎实推进清廉机关创建。\n“3”就是强化三项重点工作\n1.强化社会救助水平\n(1)科学提高救助标准。\n2.强化养老服务发展\n(1)强化经费保障。\n", "“1”就是突出一条主线 | “2”就是开展两个创建 | “3”就是强化三项重点工作"},
		// Not so.
		{"counts that do not start at one", head + "突出“两大重点”:聚焦养老服务和社会救助两大重点。\n发力“三个方向”:聚焦普惠性、基础性、兜底性。\n", "!突出“两大重点” | 发力“三个方向”"},
	})
}

// TestCountedPartsWrapped: a count in quotes that a wrap set at the start
// of a line inside a sentence (…突出主线， / 抓好“六大重点工作”，…) opens no
// part, and the counts from one on lines of their own under it are raised
// all the same; unwrapped, such a line stops the count.
func TestCountedPartsWrapped(t *testing.T) {
	B, H := cue.Body, cue.Heading
	parts := []string{"“1”就是突出一条主线", "深入学习宣传贯彻党的二十大精神。", "“2”就是开展两个创建", "扎实推进清廉机关创建。"}
	for _, tc := range []struct {
		name  string
		lead  []string
		raise bool
	}{
		{"a count the wrap set at a line's start", []string{
			"全区民政工作总体思路是：围绕总体目标，突出主线，",
			"抓好“六大重点工作”，科学谋划、深入落实、踔厉",
			"奋发、勇毅前行，为高质量发展做出民政贡献。",
		}, true},
		// Not so.
		{"a paragraph that opens with a count", []string{
			"全区民政工作总体思路是：围绕总体目标，科学谋划",
			"、深入落实，踔厉奋发、勇毅前行，为高质量发展做",
			"出民政贡献，确保各项工作取得实效，持续推动民政",
			"事业高质量发展，不断增强群众的获得感、幸福感和",
			"安全感，奋力谱写民政事业发展新篇章，突出主线。",
			"抓好“六大重点工作”，科学谋划、深入落实、踔厉",
			"奋发、勇毅前行，为高质量发展做出民政贡献。",
		}, false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			lines := append(append([]string{}, tc.lead...), parts...)
			roles := make([]cue.Role, len(lines))
			for i := range roles {
				roles[i] = B
			}
			a := labelledAssembly(lines, roles)
			a.countedParts()
			if got := a.roles[len(tc.lead)] == H; got != tc.raise {
				t.Errorf("count raised %v, want %v (roles %v)", got, tc.raise, a.roles)
			}
		})
	}
}
