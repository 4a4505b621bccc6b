package extract

import "testing"

// TestContactsRunOnNames: two names a 联系人 label runs together, with as
// many mobiles run together after them, are two contacts, each with the
// mobile in its place; one mobile, digits that are no mobiles, a run that
// splits no way or two ways into names leave the label's reading as it
// was.
func TestContactsRunOnNames(t *testing.T) {
	checkRows(t, []rowCase{
		{"联系人:郭冠修黄启源联系电话:1387895150313807794880", "郭冠修 13878951503 -; 黄启源 13807794880 -"},
		{"联系人:王明李华联系电话:1387895150313807794880", "王明 13878951503 -; 李华 13807794880 -"},
		{"联系人：郭冠修黄启源 手机：1387895150313807794880", "郭冠修 13878951503 -; 黄启源 13807794880 -"},

		// Negatives: one mobile, a landline, no second surname, a
		// compound surname's name of four.
		{"联系人:王明李华联系电话:13878951503", "王明李华 13878951503 -"},
		{"联系人:王明李华联系电话:0779-1234567", "王明李华 0779-1234567 -"},
		{"联系人:欧阳明月联系电话:1387895150313807794880", "欧阳明月 13878951503 -; 欧阳明月 13807794880 -"},
		{"联系人:郭冠修办公室联系电话:1387895150313807794880", ""},
	}, "contacts", contactRows)
}
