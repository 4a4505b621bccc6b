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

// TestContactLabelFields covers a 联系人 label as the last field of a
// sentence of fields, its name closed by the stop (…;联系电话:8599766;
// 联系人:侯少辉。), which takes the fields before it as a numbered block's
// are; and a 联系人 run into the words after it with no colon or space, a
// noun of its sentence (联系人姓名及联系电话, 联系人身份证), which is no label.
func TestContactLabelFields(t *testing.T) {
	tests := []rowCase{
		{"电子邮件:394692829@qq.com;联系电话:8599766;联系人:侯少辉。", "侯少辉 8599766 394692829@qq.com"},
		{"联系人:侯少辉。", "侯少辉 - -"},
		{"请与区划地名处联系(联系人:李建华)。", "李建华 - -"},
		{"联系人(首祉村):林爱光。联系电话:13285003737", "林爱光 13285003737 -"},
		// Negatives: 联系人 as a noun of the sentence; a name that runs on
		// past four characters before the stop.
		{"提交意见时请提供通讯地址、联系人姓名及联系电话。", ""},
		{"凭骨灰寄存证、联系人身份证到市殡仪馆办理。", ""},
		{"请与联系人确认。", ""},
		{"联系人:王大明同志负责。", ""},
	}
	checkRows(t, tests, "contacts", contactRows)
}
