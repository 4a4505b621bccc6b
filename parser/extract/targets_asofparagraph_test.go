package extract

import (
	"strings"
	"testing"
)

// TestTargetsAsOfParagraph: a sentence in a paragraph an as-of frame
// opens tells a deed within the frame; one that turns ahead, or in a
// paragraph the frame does not open, keeps its plan. The caller's own
// guards each have a row that fails without it: a task a 将 of an earlier
// clause governs (governed) and a year after the document's (planAhead).
func TestTargetsAsOfParagraph(t *testing.T) {
	tests := []struct{ name, in, want string }{
		{"a task's count after the frame", "截至目前，已经建成助餐点16个；适老化改造预计于10月开标。为2.7万名老年人提供居家上门服务。", "achieved 16 个 -; achieved 27000 名 -"},
		{"a plan word after the frame", "截至目前，已经建成助餐点16个；适老化改造预计于10月开标。新建睦邻点8家。", "achieved 16 个 -; achieved 8 家 -"},

		// Plans that stand.
		{"将 in the sentence", "截至目前，已经建成助餐点16个；适老化改造预计于10月开标。年底前将为2.7万名老年人提供居家上门服务。", "plan 27000 名 2025-12-31; achieved 16 个 -"},
		{"an intent in the sentence", "截至目前，已经建成助餐点16个；适老化改造预计于10月开标。计划新建睦邻点8家。", "plan 8 家 -; achieved 16 个 -"},
		{"a requirement in the sentence", "截至目前，已经建成助餐点16个；适老化改造预计于10月开标。必须为2.7万名老年人提供居家上门服务。", "plan 27000 名 -; achieved 16 个 -"},
		{"a word that turns ahead", "截至目前，已经建成助餐点16个；适老化改造预计于10月开标。下一步为2.7万名老年人提供居家上门服务。", "plan 27000 名 -; achieved 16 个 -"},
		{"a task 将 governs", "截至目前，已经建成助餐点16个；适老化改造预计于10月开标。区民政局将持续推进民生实事，为2.7万名老年人提供居家上门服务。", "plan 27000 名 -; achieved 16 个 -"},
		{"a later year", "截至目前，已经建成助餐点16个；适老化改造预计于10月开标。2026年为2.7万名老年人提供居家上门服务。", "plan 27000 名 2026-12-31; achieved 16 个 -"},
		{"no frame", "区民政局推进民生实事项目。为2.7万名老年人提供居家上门服务。", "plan 27000 名 -"},
		{"the frame in another paragraph", "截至目前，已经建成助餐点16个；适老化改造预计于10月开标。\n为2.7万名老年人提供居家上门服务。", "plan 27000 名 -; achieved 16 个 -"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := targetRows(input(t, tc.in)); got != tc.want {
				t.Errorf("%s\n got %q\nwant %q", tc.in, got, tc.want)
			}
		})
	}
}

// TestAsOfParagraphGuards asks asOfParagraph of one number at a time, so
// that each of its guards has a row that fails without it: the end-to-end
// rows above are read by several guards and rules at once (a frame in the
// number's own sentence is also asOfFramed's, 将 is also the plan's that
// 将 governs), and removing one guard changed none of them.
func TestAsOfParagraphGuards(t *testing.T) {
	const frame = "截至目前，已经建成助餐点16个；适老化改造预计于10月开标。"
	tests := []struct {
		name, text, count string
		want              bool
	}{
		{"a count after the frame", frame + "为2.7万名老年人提供居家上门服务。", "2.7万名", true},
		{"a plan word after the frame", frame + "新建睦邻点8家。", "8家", true},

		// Not so.
		{"the sentence opens the paragraph", frame, "16个", false},
		{"the sentence opens an indented paragraph", "\u3000\u3000" + frame, "16个", false},
		{"no frame", "区民政局推进民生实事项目。为2.7万名老年人提供居家上门服务。", "2.7万名", false},
		{"将", frame + "将新增养老床位300张。", "300张", false},
		{"an intent", frame + "计划新建睦邻点8家。", "8家", false},
		{"a proposal", frame + "拟新建睦邻点8家。", "8家", false},
		{"a requirement", frame + "必须为2.7万名老年人提供居家上门服务。", "2.7万名", false},
		{"a word that turns ahead", frame + "下一步为2.7万名老年人提供居家上门服务。", "2.7万名", false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			in := input(t, tc.text)
			s := in.Text.String()
			k := strings.LastIndex(s, tc.count)
			if k < 0 {
				t.Fatalf("%q not in %q", tc.count, s)
			}
			fulls := stopsIn(s, fullStops)
			whole := stopsIn(s, sentenceStops).around(s, k)
			if got := asOfParagraph(in, s, fulls, fulls.around(s, k), whole, map[int]bool{}); got != tc.want {
				t.Errorf("asOfParagraph(%q at %q) = %v, want %v", s, tc.count, got, tc.want)
			}
		})
	}
}
