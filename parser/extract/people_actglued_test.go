package extract

import "testing"

// TestPeopleActGlued: a name of three whose last character the segmenter
// read with the verb of acting after it (马成|全率|队) or alone as another
// class keeps it; a stop, an adverb or a verb that leads another between a
// name of two and the verb, or no such verb after, does not.
func TestPeopleActGlued(t *testing.T) {
	tests := []rowCase{
		{"4月19日,渝北区政府副区长马成全率队来碚考察民政事业。", "马成全 副区长 [副区长] @渝北区政府"},
		{"县民政局局长王成全出席会议。", "王成全 局长 [局长] @县民政局"},
		{"市民政局副局长马成全带队检查。", "马成全 副局长 [副局长] @市民政局"},

		// A stop, an adverb or a leading verb before the verb; no verb of
		// acting after the character.
		{"县民政局局长王成也出席会议。", "王成 局长 [局长] @县民政局"},
		{"县民政局局长王成全面部署工作。", "王成 局长 [局长] @县民政局"},
		{"县民政局局长王成率队检查。", "王成 局长 [局长] @县民政局"},
		{"县民政局局长王成亲自率队检查。", "王成 局长 [局长] @县民政局"},
		{"县民政局局长王成又出席了会议。", "王成 局长 [局长] @县民政局"},
	}
	checkRows(t, tests, "people", personRows)
}
