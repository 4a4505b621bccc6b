package extract

import "testing"

// TestPeopleReview52: a compound 联系人 label's name read whole to the
// space before the phone; the fields of a table's foot (制表人, 填表人,
// 审批人), each label giving its own person; a photo credit's verb run
// onto the caption's last sentence; a programme's count before a job
// title and a rare surname's verb and object after a class of people,
// no names.
func TestPeopleReview52(t *testing.T) {
	tests := []rowCase{
		// A compound label shares one colon: the name runs to the space.
		{"联系人及电话：邓党飞 0871—65730000 13900000000", "邓党飞 -"},
		{"联系人及电话:苗立飞 0871-65730000", "苗立飞 -"},
		{"联系人及电话：某某社区 0871—65730000", ""},
		{"联系人：钟卫东 0871—65730000", "钟卫东 -"},
		{"联系人及电话：钟卫东、李四 0871—65730000", "钟卫东 -; 李四 -"},

		// A statistical table's foot: each label its own name and role.
		{"制表人:甘小某 审核人:江某英 审批人:冯某花", "甘小某 制表人 [制表人]; 江某英 审核人 [审核人]; 冯某花 审批人 [审批人]"},
		{"填表人：孔令某  审核人：吕某", "孔令某 填表人 [填表人]; 吕某 审核人 [审核人]"},
		{"审批人员要严格把关。", ""},
		{"制表人员须核对数据后上报。", ""},
		{"落实项目审批人责任制。", ""},

		// A photo credit run onto the caption's last sentence.
		{"老人们在社区食堂用餐。谷燕摄", "谷燕 -"},
		{"志愿者为老人理发。尤小龙摄", "尤小龙 -"},
		{"老人们在社区食堂用餐。摄", ""},
		{"老人们在社区食堂用餐。现场摄", ""},

		// A programme named by a count and a job title is no person.
		{"全县组织双百社工走访困难老人。", ""},
		{"千万社工在行动。", ""},

		// A rare surname and a known word after a class of people are
		// the clause's verb and object; a common surname keeps the name.
		{"让困难群众过温暖祥和的春节。", ""},
		{"困难群众享幸福晚年。", ""},
		{"低保户王建国家中。", "王建国 -"},
	}
	checkRows(t, tests, "people", personRows)
}
