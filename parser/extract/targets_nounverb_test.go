package extract

import "testing"

// TestTargetsNounVerbIntent: an intent word takes a verb the segmenter
// tags as a noun (计划救济: cue_words.tsv nounverb) as its verb, over the
// 、 of a list and a figure's thousands comma, and a 其中-sentence after a
// planned total lists its planned parts; 按计划 (a noun after a
// preposition), a total that is no plan's, a part that says it is done,
// a bracket and a sentence with no 其中 keep their old reading. The test
// document is dated 2025-06-03.
func TestTargetsNounVerbIntent(t *testing.T) {
	tests := []struct{ name, in, want string }{
		{"a noun-tagged verb after 计划", "全市计划救济城乡困难居民1,400户、2,403人。", "plan 1400 户 -; plan 2403 人 -"},
		{"a planned total's parts", "全市计划救济困难居民300户。其中，低保对象200户、特困人员100户。", "plan 300 户 -; plan 200 户 -; plan 100 户 -"},
		{"a tagged verb's total and parts", "该县计划慰问困难群众500户。其中，低保户300户。", "plan 500 户 -; plan 300 户 -"},

		// No intent, no plan total, a deed in the part, a bracket, no 其中.
		{"按计划 a noun", "按计划救济困难居民300户。", ""},
		{"a total done", "全市已救济困难居民300户。其中，低保对象200户。", "achieved 300 户 -"},
		{"a part done", "全市计划救济困难居民300户。其中，已救济低保对象200户。", "plan 300 户 -; achieved 200 户 -"},
		{"a bracket", "全市计划救济困难居民300户(含低保对象200户)。", "plan 300 户 -"},
		{"no 其中", "全市计划救济困难居民300户。全年救助低保对象200户。", "plan 300 户 -"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := targetRows(input(t, tc.in)); got != tc.want {
				t.Errorf("%s\n got %q\nwant %q", tc.in, got, tc.want)
			}
		})
	}
}
