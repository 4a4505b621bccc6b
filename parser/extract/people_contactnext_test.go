package extract

import "testing"

// TestPeopleContactNext: the lines under a 联系人 label's line that closes
// with a phone, each a name and a phone alone, are further contacts with
// role null. Not so: a label's line with no phone, a line of another
// shape between, a line that is no name and a phone.
func TestPeopleContactNext(t *testing.T) {
	tests := []rowCase{
		{"特此公告。\n联系人及联系电话:胡建华13995248537\n\n蒋国平15379697005", "胡建华 -; 蒋国平 -"},
		{"联系人:胡建华 13995248537\n蒋国平 15379697005\n李华 0951-5012345", "胡建华 -; 蒋国平 -; 李华 -"},
		{"联系人:胡建华13995248537\n蒋国平:15379697005", "胡建华 -; 蒋国平 -"},

		// No further contact.
		{"联系人:胡建华\n蒋国平15379697005", "胡建华 -"},
		{"联系人:胡建华13995248537\n办公地址:县民政局\n蒋国平15379697005", "胡建华 -"},
		{"联系人:胡建华13995248537\n咨询电话15379697005", "胡建华 -"},
		{"联系人:胡建华13995248537\n司法所15379697005", "胡建华 -"},
		// No surname first; a surname alone.
		{"联系人:胡建华13995248537\n阿明15379697005", "胡建华 -"},
		{"联系人:胡建华13995248537\n欧阳15379697005", "胡建华 -"},
	}
	checkRows(t, tests, "people", personRows)
}
