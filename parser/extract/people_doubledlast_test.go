package extract

import "testing"

// TestPeopleDoubledLast: a name's last character that is also the first
// of the verb right after it (刘芳颁颁发) is the name's; with no doubled
// character, a stop of names or a body's character doubled, or no verb
// after, the name is read as before.
func TestPeopleDoubledLast(t *testing.T) {
	tests := []rowCase{
		{"街道为顾问唐天正、路亚兰、刘芳颁颁发聘书。", "唐天正 顾问 [顾问]; 路亚兰 顾问 [顾问]; 刘芳颁 顾问 [顾问]"},
		{"街道为顾问刘芳颁颁发聘书。", "刘芳颁 顾问 [顾问]"},
		// Read as before: no doubled character, a stop doubled.
		{"街道为顾问刘芳颁发聘书。", "刘芳 顾问 [顾问]"},
		{"副局长王明在在场群众中讲话。", "王明 副局长 [副局长]"},
		{"街道为顾问唐天正、路亚兰颁发聘书。", "唐天正 顾问 [顾问]; 路亚兰 顾问 [顾问]"},
	}
	checkRows(t, tests, "people", personRows)
}
