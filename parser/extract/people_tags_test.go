package extract

import "testing"

// TestPeopleNoNameWords: words that stand where a name would and are none:
// 原创 where a credit says the work is its author's own (作者原创, 作者:原创),
// a page's photo tag in brackets at a headline's end ((组图)), and a
// surname with a polite form of address (联系人:王女士), no full name; the
// contact keeps it. Names of the same surnames and shapes stay people.
func TestPeopleNoNameWords(t *testing.T) {
	tests := []rowCase{
		{"二、参赛作品须为作者原创,不得抄袭。", ""},
		{"作者:原创  时间:2021-05-06", ""},
		{"某区民政局举办敬老活动(组图)\n近日,区民政局举办活动。", ""},
		{"某区民政局举办敬老活动（组图）", ""},
		{"咨询请联系。联系人:王女士,电话:0931-8812345。", ""},
		{"联系人:欧阳先生 电话:13912345678", ""},
		// Negatives: names of the same surnames, a form of address after a
		// full name, a bare closing credit.
		{"作者:原文华  时间:2021-05-06", "原文华 作者 [作者]"},
		{"某区民政局举办敬老活动。(组丽华)", "组丽华 -"},
		{"联系人:王淑芬,电话:0931-8812345。", "王淑芬 -"},
		{"记者 黄先明 报道", "黄先明 记者 [记者]"},
	}
	checkRows(t, tests, "people", personRows)
	checkRows(t, []rowCase{
		{"联系人:王女士,电话:0931-8812345。", "王女士 0931-8812345 -"},
	}, "contacts", contactRows)
}
