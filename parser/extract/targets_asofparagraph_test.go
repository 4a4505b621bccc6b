package extract

import "testing"

// TestTargetsAsOfParagraph: a sentence in a paragraph an as-of frame
// opens tells a deed within the frame; one that turns ahead, or in a
// paragraph the frame does not open, keeps its plan.
func TestTargetsAsOfParagraph(t *testing.T) {
	tests := []struct{ name, in, want string }{
		{"a task's count after the frame", "截至目前，已经建成助餐点16个；适老化改造预计于10月开标。为2.7万名老年人提供居家上门服务。", "achieved 16 个 -; achieved 27000 名 -"},
		{"a plan word after the frame", "截至目前，已经建成助餐点16个；适老化改造预计于10月开标。新建睦邻点8家。", "achieved 16 个 -; achieved 8 家 -"},

		// Plans that stand.
		{"将 in the sentence", "截至目前，已经建成助餐点16个；适老化改造预计于10月开标。年底前将为2.7万名老年人提供居家上门服务。", "plan 27000 名 2025-12-31; achieved 16 个 -"},
		{"an intent in the sentence", "截至目前，已经建成助餐点16个；适老化改造预计于10月开标。计划新建睦邻点8家。", "plan 8 家 -; achieved 16 个 -"},
		{"a requirement in the sentence", "截至目前，已经建成助餐点16个；适老化改造预计于10月开标。必须为2.7万名老年人提供居家上门服务。", "plan 27000 名 -; achieved 16 个 -"},
		{"a word that turns ahead", "截至目前，已经建成助餐点16个；适老化改造预计于10月开标。下一步为2.7万名老年人提供居家上门服务。", "plan 27000 名 -; achieved 16 个 -"},
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
