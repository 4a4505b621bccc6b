package extract

import "testing"

// TestMaskedPhones68 covers a contact's mobile printed with its middle
// digits masked for privacy, as disclosure pages print it: the number is
// kept as printed, with the 联系人 named before it. A run of digits and
// stars of another length (an identity number), a masked number with no
// contact cue before it, a fax's and a mask with no digits after it are
// no contact's phone.
func TestMaskedPhones68(t *testing.T) {
	checkRows(t, []rowCase{
		{"(联系人:支庆年 联系电话:157****7150)", "支庆年 157****7150 -"},
		{"联系人:张晓伟,手机:138＊＊＊＊1234。", "张晓伟 138＊＊＊＊1234 -"},
		{"联系人:张晓伟 电话:0991-2345678、139****0001", "张晓伟 0991-2345678 -; 张晓伟 139****0001 -"},
		// Negatives: no mobile's shape, no cue, a fax's number.
		{"联系人:张晓伟,身份证号:512323******0014", "张晓伟 - -"},
		{"联系人:张晓伟 联系电话:157****71", "张晓伟 - -"},
		{"联系人:张晓伟。申请人李某157****7150已公示。", "张晓伟 - -"},
		{"联系人:张晓伟,传真:157****7150", "张晓伟 - -"},
		{"公示名单:王某某 157****7150", ""},
	}, "contacts", contactRows)
}
