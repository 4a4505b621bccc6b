package extract

import "testing"

// TestAgenciesReview28 covers names read from their context, each with
// cases where the rule must not fire (about a third of the table): a
// category's prefix before a verb ranks the verb's subject, and the place
// after the verb opens a name; a class noun of bodies the segmenter cut in
// two is no boundary inside a name; 少年宫, 文化宫 and 红十字会总会 end
// names; a unit of a bureau named again by its last word and ending is
// the same unit; a kind of body defined (是指), of a person's residence
// (户籍所在地的) or a hall of a fair (成果馆) names no one body.
func TestAgenciesReview28(t *testing.T) {
	checkRows(t, []rowCase{
		{"对因失职的行为,一经发现,相关线索移交市纪委、监委,依规处理。", "市纪委"},
		{"有关材料报送县民政局审核。", "县民政局"},
		{"海曙区社会组织服务中心、海曙区公益组织发展基金会将对项目进行中期评估。", "海曙区社会组织服务中心; 海曙区公益组织发展基金会"},
		{"向困难儿童发放慰问款物,并邀请部分受助儿童参观南京市青少年宫。", "南京市青少年宫"},
		{"活动在市工人文化宫举行。", "市工人文化宫"},
		{"指导单位为民政部、全国工商联、中国红十字会总会、中国宋庆龄基金会。", "民政部; 全国工商联; 中国红十字会总会; 中国宋庆龄基金会"},
		{"记者来到了魏都区民政局婚姻登记处。他们8时30分到登记处后填写了表格。登记处工作人员加班办理。", "魏都区民政局婚姻登记处; 登记处"},
		{"区民政局社会救助科负责审核。经调查,由救助科出具意见。", "区民政局社会救助科; 救助科"},
		// Must not fire: a term defined; the office of a residence; the
		// halls of a fair; a category with no verb before the name; a
		// class noun of bodies alone; a unit's last word before its full
		// name, or inside the full name again.
		{"根据规定:“公益性公墓是指县(市、区)人民政府设立的公墓。”", ""},
		{"向户籍所在地的街道办事处、乡镇人民政府或社区居委会提交书面申请表。", ""},
		{"共有2931家机构参展,设置高质量发展成果馆、美好生活体验馆。", ""},
		{"相关职能部门履行各自监管职责。", ""},
		{"鼓励公益组织发展。", ""},
		{"到登记处后填写表格。魏都区民政局婚姻登记处主任葛晓凤说。", "魏都区民政局婚姻登记处"},
	}, "agencies", agencyNames)
}
