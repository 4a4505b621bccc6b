package extract

import "testing"

// TestSurnamedCallers covers a phone label with whom to ask for printed by
// surname and a form of address run into the number, no 联系人 label: each
// such person is the contact of the number after them, one of a 、-list
// too. A form that ends a word (部门经理, 办公室主任), a number with no one
// before it, a name with no phone label, and a 联系人 label's own name
// (read once) give no contact of this rule.
func TestSurnamedCallers(t *testing.T) {
	tests := []rowCase{
		{"长青园公墓落葬预约电话:王经理13907582665、李经理15676195246", "王经理 13907582665 -; 李经理 15676195246 -"},
		{"百二坡公墓落葬预约电话:卢先生13876217502", "卢先生 13876217502 -"},
		{"静仙园公墓落葬预约电话:陈先生 18078996199。", "陈先生 18078996199 -"},
		{"报名电话:欧阳女士0898-62812345", "欧阳女士 0898-62812345 -"},
		{"咨询电话:李老师13812345678", "李老师 13812345678 -"},
		{"联系电话:0898-62812345\n预约电话:张主任13907582665", "张主任 13907582665 -"},
		// Negatives: a form inside a word; a hotline alone; no phone
		// label; a 联系人 label's name read once.
		{"预约电话:部门经理13907582665", ""},
		{"咨询电话:办公室主任0898-62812345", ""},
		{"预约电话:13907582665、15676195246", ""},
		{"王经理13907582665", ""},
		{"联系人:王经理13907582665", "王经理 13907582665 -"},
		{"联系人:卢先生,联系电话:13876217502", "卢先生 13876217502 -"},
	}
	checkRows(t, tests, "contacts", contactRows)
}
