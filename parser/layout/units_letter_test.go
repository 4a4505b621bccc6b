package layout

import (
	"reflect"
	"strings"
	"testing"

	"bulletin/parser/clean"
	"bulletin/parser/layout/cue"
)

// TestGreetingRunOnCuts cuts a flattened letter's title, greeting and text
// apart, and nothing where no title and greeting open the line.
func TestGreetingRunOnCuts(t *testing.T) {
	for _, tc := range []struct {
		in   string
		want []string
	}{
		{"文明过节倡议书 广大市民朋友们: 节日将至，我们倡议：", []string{"文明过节倡议书", "广大市民朋友们:", "节日将至，我们倡议："}},
		{"“暖冬行动”倡议书 尊敬的居民朋友： 寒潮将至，请关注身边的困难群众。", []string{"“暖冬行动”倡议书", "尊敬的居民朋友：", "寒潮将至，请关注身边的困难群众。"}},
		// The greeting opens the line (AddressOpening's), a 主送 list
		// after words, or words with a mark before the greeting: no cut.
		{"广大市民朋友们: 节日将至，我们倡议：", nil},
		{"某某通知 各乡镇人民政府: 为做好工作，现通知如下。", nil},
		{"会议强调， 广大市民朋友们: 要文明过节。", nil},
		// Words with no Chinese before the greeting (a number, a code),
		// or a label and its colon: no title, no cut.
		{"2024 广大市民朋友们: 节日将至，我们倡议：", nil},
		{"倡议书：文明过节 广大市民朋友们: 节日将至，我们倡议：", nil},
	} {
		var got []string
		if cuts := greetingRunOnCuts(tc.in); cuts != nil {
			prev := 0
			for _, c := range append(cuts, len(tc.in)) {
				got = append(got, strings.TrimSpace(tc.in[prev:c]))
				prev = c
			}
		}
		if !reflect.DeepEqual(got, tc.want) {
			t.Errorf("greetingRunOnCuts(%q) gives %q, want %q", tc.in, got, tc.want)
		}
	}
}

// TestSpacedSignatureCuts cuts round a joint 落款 run on after the text's
// last sentence, and not round a date inside a sentence or one body's
// (runOnSignatureRe's).
func TestSpacedSignatureCuts(t *testing.T) {
	for _, tc := range []struct {
		in, want string
	}{
		{"让我们共同行动。 甲市文明办 甲市民政局 2024年3月1日 来源| 某某发布", "甲市文明办 甲市民政局 2024年3月1日"},
		{"特此通知。 某县民政局 某县财政局 2021年11月19日", "某县民政局 某县财政局 2021年11月19日"},
		{"让我们共同行动。 某市民政局 2024年3月1日 来源", ""},
		{"让我们共同行动。 截至 2024年3月1日 共有100人参加。", ""},
		// Words apart by white space before a date that name no body: the
		// regexp matches, AgencyAndDate refuses.
		{"让我们共同行动。 截至 今年 2024年3月1日 共有100人参加。", ""},
	} {
		got := ""
		if cuts := spacedSignatureCuts(tc.in); len(cuts) == 2 {
			got = tc.in[cuts[0]:cuts[1]]
		}
		if got != tc.want {
			t.Errorf("spacedSignatureCuts(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

// TestFlatLineParts cuts the parts of a flattened text whose headings
// close with no mark, and leaves such a count alone on a line that is not
// the flattened text.
func TestFlatLineParts(t *testing.T) {
	flat := "某某倡议书 广大市民朋友们: 节日将至，我们倡议: 一、文明过节，摒弃陋习 二、错峰出行，乘坐公交 三、绿色过节，节俭办事 让我们共同行动。"
	got := unitTexts(units(clean.Lines(flat)))
	want := []string{"某某倡议书", "广大市民朋友们:", "节日将至，我们倡议:", "一、文明过节，摒弃陋习", "二、错峰出行，乘坐公交", "三、绿色过节，节俭办事 让我们共同行动。"}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("flattened letter: got %q, want %q", got, want)
	}
	// A count inside a part's words (四、五桌) stands apart by no white
	// space: it goes on in its part, however it runs in sequence.
	flat = "某某倡议书 广大市民朋友们: 节日将至，我们倡议: 一、文明过节，摒弃陋习 二、错峰出行，乘坐公交 三、绿色过节，宴席不超过四、五桌 让我们共同行动。"
	got = unitTexts(units(clean.Lines(flat)))
	want = []string{"某某倡议书", "广大市民朋友们:", "节日将至，我们倡议:", "一、文明过节，摒弃陋习", "二、错峰出行，乘坐公交", "三、绿色过节，宴席不超过四、五桌 让我们共同行动。"}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("a count inside a part's words: got %q, want %q", got, want)
	}
	// The same count on one line of many (a table's row, a list in a
	// sentence): the text is not flattened, nothing is cut.
	text := "某某工作情况\n今年以来，某局扎实推进各项工作，取得明显成效，群众满意度不断提升。\n重点项目 一、养老服务 二、社会救助 三、殡葬改革\n下一步，某局将继续加强统筹，推动工作落实落细，确保各项任务按期完成。\n"
	got = unitTexts(units(clean.Lines(text)))
	if len(got) != 4 {
		t.Errorf("a count on a line of many: got %q, want the 4 lines whole", got)
	}
}

func unitTexts(ls []cue.Line) []string {
	var out []string
	for _, l := range ls {
		out = append(out, l.Text)
	}
	return out
}
