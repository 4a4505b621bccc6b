package extract

import (
	"strings"
	"testing"

	"bulletin/parser/segment"
	"bulletin/parser/span"
	"bulletin/schema"
)

// Quantities from reviewers 14 and 15: the degree Celsius is a unit; a
// phone number that ends its line takes no unit from the next line, and a
// figure with a leading 0 (an area code) is no amount.
func TestQuantitiesReview14(t *testing.T) {
	tests := []rowCase{
		{"7日下午,37℃的高温。", "37 ℃"},
		{"气温达到38 ℃。", "38 ℃"},
		{"体温36.5°C。", "36.5 °C"},
		{"水温保持在40摄氏度。", "40 摄氏度"},
		// Negatives: a phone ending its line before a place's name, a
		// figure with a leading 0, a bare degree sign.
		{"海城市民政局,0412-3281322\n台安县民政局,0412-4824215", ""},
		{"咨询电话:3281322\n台安县民政局", ""},
		{"编号0412台", ""},
		{"区号0412", ""},
		{"温度达到℃", ""},
	}
	checkRows(t, tests, "quantities", amountRows)
}

// TestQuantitiesJoinedLines reads quantities in lines joined as the layout
// joins a wrapped paragraph (no separator): a phone number that ends its
// line takes no unit from the word that opens the next, while a figure
// wrapped before its unit keeps it.
func TestQuantitiesJoinedLines(t *testing.T) {
	seg, err := segment.Shared()
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		lines []string
		want  string
	}{
		{[]string{"发放补助金1.1", "万元。"}, "11000 元"},
		{[]string{"地名信息,共11", "个大类。"}, "11 个"},
		{[]string{"救助5043474", "元。"}, "5043474 元"},
		// Negatives: a phone or a code whose line ends before a place's
		// name or a word.
		{[]string{"海城市民政局,0412-3281322", "台安县民政局,0412-4824215"}, ""},
		{[]string{"咨询电话:3281322", "台安县民政局"}, ""},
		{[]string{"咨询电话:13812345678", "台安县民政局"}, ""},
	}
	for _, tc := range tests {
		t.Run(strings.Join(tc.lines, "|"), func(t *testing.T) {
			var b span.Builder
			for k, l := range tc.lines {
				b.AddLine(l, 2*k+1)
			}
			in := &Input{Text: b.Text(), Role: "item", Env: NewEnv(testDoc(), seg)}
			var out schema.Entities
			for _, x := range All {
				in.extract(x, &out)
				if x.Name() == "quantities" {
					break
				}
			}
			if got := list(amountRows(out)); got != tc.want {
				t.Errorf("got %q, want %q", got, tc.want)
			}
		})
	}
}
