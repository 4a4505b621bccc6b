package extract

import (
	"strings"
	"testing"

	"bulletin/parser/layout"
	"bulletin/parser/span"
)

// TestQuantitiesHeadlineRepeat: a page that prints its headline (the
// first line here) again on more lines than the one over the article,
// as its photos' captions, counts the headline's figures once, on its own
// line. Not so: a headline printed once more over the article (its web
// head and its heading), a line that holds more than the headline, and a
// page whose headline holds no figure of the lines.
func TestQuantitiesHeadlineRepeat(t *testing.T) {
	const head = "七夕，某县有近200对新人领证！"
	tests := []rowCase{
		{head + "\n今天有200对新人领证。\n" + head + "\n" + head + head + "\n新人共领证。", "200 对; 200 对"},
		{head + "\n" + head + "\n办理登记。\n" + head + "\n发放证书。", "200 对"},
		{head + "\n" + head + " " + head + "\n" + head + "\n共3个窗口。", "200 对; 3 个"},

		{head + "\n" + head + "\n今天有200对新人领证。", "200 对; 200 对; 200 对"},
		{head + "\n" + head + "发布于首页\n" + head + "领证现场\n新人共领证。", "200 对; 200 对; 200 对"},
		{head + "\n今天共30对新人，" + head + "\n登记结束。", "200 对; 30 对; 200 对"},
		{head + "\n今天有200对新人领证。\n共3个窗口。", "200 对; 200 对; 3 个"},
	}
	for _, tc := range tests {
		t.Run(tc.in, func(t *testing.T) {
			in := input(t, tc.in)
			first, _, _ := strings.Cut(tc.in, "\n")
			in.Env.Doc.Title = &layout.Field{Value: first, Text: span.Plain(first, 1)}
			if got := list(amountRows(quantitiesOf(in))); got != tc.want {
				t.Errorf("got %q, want %q", got, tc.want)
			}
		})
	}
}
