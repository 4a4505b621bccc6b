package extract

import "testing"

// TestContactBlocks covers a contact block whose fields stand apart: a
// 、-list of 联系人 with an e-mail and no phone gives each name a contact,
// and an e-mail printed as the field before the 联系人 of a numbered block
// (2、电子邮箱:… 3、联系人:…) is the contact's, as a phone printed there is.
// An e-mail a sentence ends before the label, a person with an e-mail of
// their own, and a mailbox with no 联系人 stay as they were.
func TestContactBlocks(t *testing.T) {
	tests := []rowCase{
		{"联系人:赵志刚、钱丽华\n传真:010-66661234\n邮箱:abcd1234@example.com", "赵志刚 - abcd1234@example.com; 钱丽华 - abcd1234@example.com"},
		{"联系人:赵志刚、钱丽华", "赵志刚 - -; 钱丽华 - -"},
		{"1、通信地址:某县某路8号。\n2、电子邮箱:\nmzj8800@example.com 3、联系人:孙立平\n4、联系电话:0931-8812345", "孙立平 0931-8812345 mzj8800@example.com"},
		{"(二)电子邮箱:mzj8800@example.com\n(三)联系人:孙立平", "孙立平 - mzj8800@example.com"},
		// Negatives: the e-mail closes a sentence before the label; the
		// person prints an e-mail of their own; a mailbox alone; one name.
		{"意见请发送至mzj8800@example.com。\n联系人:孙立平,电话:0931-8812345", "孙立平 0931-8812345 -"},
		{"电子邮箱:mzj8800@example.com\n联系人:孙立平,邮箱:slp2020@example.com", "孙立平 - slp2020@example.com"},
		{"电子邮箱:mzj8800@example.com", ""},
		{"联系人:赵志刚\n邮箱:abcd1234@example.com", "赵志刚 - abcd1234@example.com"},
	}
	checkRows(t, tests, "contacts", contactRows)
}
