package extract

import (
	"testing"

	"bulletin/schema"
)

// TestPeopleFormerPost: a title printed after 原 as a word of its own is
// the former post, the role with its mark; a 原 that closes a place's name
// (太原, 中原区) marks nothing.
func TestPeopleFormerPost(t *testing.T) {
	tests := []rowCase{
		{"会议现场,市人民政府原副市长王某某将交办函交给各代表。", "王某某 原副市长 [副市长] @市人民政府"},
		{"参加活动的还有市慈善基金会原副理事长李某某。", "李某某 原副理事长 [副理事长] @市慈善基金会"},
		{"山西省太原市长王某某出席会议。", "王某某 市长 [市长]"},
		{"中原区长李某某出席会议。", "李某某 区长 [区长]"},
	}
	checkRows(t, tests, "people", personRows)
}

// TestPeopleFormerPostFound: the former post's text found opens at the 原
// its role carries, and names its rule; a post with no mark keeps the
// after-title rule.
func TestPeopleFormerPostFound(t *testing.T) {
	tests := []rowCase{
		{"市人民政府原副市长王某某出席。", "原副市长王某某 people/former-post"},
		{"市人民政府副市长王某某出席。", "副市长王某某 people/after-title"},
	}
	checkRows(t, tests, "people", func(e schema.Entities) []string {
		var out []string
		for _, p := range e.People {
			out = append(out, p.Found.Text+" "+p.Found.Rule)
		}
		return out
	})
}
