package extract

import "testing"

// TestPeopleContactRunOn: the names a 联系人 label runs together are each
// a person with role null where the mobiles after them count them; one
// mobile, a landline or a run that is no two names leave the label's
// first reading alone.
func TestPeopleContactRunOn(t *testing.T) {
	tests := []rowCase{
		{"联系人:郭冠修黄启源联系电话:1387895150313807794880", "郭冠修 -; 黄启源 -"},
		{"联系人:王明李华联系电话:1387895150313807794880", "王明 -; 李华 -"},
		{"联系人：郭冠修黄启源 手机：1387895150313807794880", "郭冠修 -; 黄启源 -"},

		// Where the rule must not fire.
		{"联系人:郭冠修黄启源联系电话:13878951503", "郭冠修 -"},
		{"联系人:郭冠修黄启源联系电话:0779-12345678", "郭冠修 -"},
		{"联系人:郭冠修办公室联系电话:1387895150313807794880", "郭冠修 -"},
	}
	checkRows(t, tests, "people", personRows)
}
