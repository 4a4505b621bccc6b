package extract

import "testing"

// TestContactLists covers a 、-list of 联系人: each person is given a contact,
// paired in order with a list of as many phones, or reached at every phone
// printed with them; one person with two phones keeps both, and a body or a
// class after 、 is no person.
func TestContactLists(t *testing.T) {
	tests := []rowCase{
		{"地址:华新镇华强街585号(电话:39763594、59792564,联系人:张晓伟、钱佩玉)。", "张晓伟 39763594 -; 钱佩玉 59792564 -"},
		{"联系人:张晓伟、钱佩玉\n联系电话:39763594、59792564", "张晓伟 39763594 -; 钱佩玉 59792564 -"},
		{"联系人:张晓伟、钱佩玉,电话:39763594", "张晓伟 39763594 -; 钱佩玉 39763594 -"},
		{"联系人:张晓伟、王五、李四 电话:39763594、59792564", "张晓伟 39763594 -; 张晓伟 59792564 -; 王五 39763594 -; 王五 59792564 -; 李四 39763594 -; 李四 59792564 -"},
		// Negatives: one person with two phones keeps both; a body or a
		// class after 、 is no person; no 联系人, no contact.
		{"联系人:张晓伟,电话:39763594、59792564", "张晓伟 39763594 -; 张晓伟 59792564 -"},
		{"联系人:张晓伟、办公室,电话:39763594", "张晓伟 39763594 -"},
		{"联系人:张晓伟、各有关单位", "张晓伟 - -"},
		{"咨询电话:39763594、59792564", ""},
	}
	checkRows(t, tests, "contacts", contactRows)
}

// TestContactCompoundLabels covers a compound label (联系人及电话:, 联系人/电话:) that
// names the person after the colon it shares; a value may open with the
// person's unit, parted from the name by a space; the phone may stand in a
// bracket or on the next 联系电话 line.
func TestContactCompoundLabels(t *testing.T) {
	tests := []rowCase{
		{"联系人及电话:普世红(0873-3221282)。", "普世红 0873-3221282 -"},
		{"联系人:省退役军人事务厅优抚褒扬纪念处 姚云\n\n联系电话:0591-85025185", "姚云 0591-85025185 -"},
		{"联系人/电话:王芳 0374-2961234", "王芳 0374-2961234 -"},
		{"联系人、联系电话:李娜,13812345678", "李娜 13812345678 -"},
		{"联系人:刘洋 电话:0391-3567890", "刘洋 0391-3567890 -"},
		// Negatives: a unit with no name, a unit's label, a phone alone.
		{"联系人:省退役军人事务厅优抚褒扬纪念处\n联系电话:0591-85025185", ""},
		{"联系单位及电话:屏边县退役军人事务局,0873-3221282。", ""},
		{"联系电话:0591-85025185", ""},
	}
	checkRows(t, tests, "contacts", contactRows)
}

// TestContactsForWhom covers 联系人 with whom they are for in brackets
// before the colon, each name run into its mobile number and the next
// after 、 (联系人(某村):张三13800000000、李四13900000000): each name a
// contact with its own number. A bracket that holds no words, a list
// without its label, and a name with no number stay as they were.
func TestContactsForWhom(t *testing.T) {
	tests := []rowCase{
		{"联系人(东山村):张晓伟13285000000、钱佩玉13959100000", "张晓伟 13285000000 -; 钱佩玉 13959100000 -"},
		{"联系人（西岭社区）：王芳0591-85025185", "王芳 0591-85025185 -"},
		{"联系人:张晓伟13285000000、钱佩玉13959100000", "张晓伟 13285000000 -; 钱佩玉 13959100000 -"},
		// Negatives.
		{"(东山村):张晓伟13285000000、钱佩玉13959100000", ""},
		{"联系人(2):张晓伟13285000000", ""},
	}
	checkRows(t, tests, "contacts", contactRows)
}

// TestListedContactPeople: the people a 联系人 label lists each with their
// number are each a person; a list of names with no numbers between them
// is read as before.
func TestListedContactPeople(t *testing.T) {
	tests := []rowCase{
		{"联系人(东山村):张晓伟13285000000、钱佩玉13959100000", "张晓伟 -; 钱佩玉 -"},
		{"联系人:王芳13800000000、李娜13900000000、刘洋13700000000", "王芳 -; 李娜 -; 刘洋 -"},
		// Negatives: no label, a number before no name.
		{"张晓伟13285000000、钱佩玉13959100000", ""},
		{"联系人:王芳13800000000、13900000000", "王芳 -"},
	}
	checkRows(t, tests, "people", personRows)
}
