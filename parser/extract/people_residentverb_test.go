package extract

import "testing"

// TestPeopleResidentVerb: a verb and its object right after a resident's
// word (与村民坐炕头) is the deed done with the residents, no name; a name
// there is still read.
func TestPeopleResidentVerb(t *testing.T) {
	tests := []rowCase{
		{"村民李明说,今年的收成不错。", "李明 -"},
		{"市民张某来到服务大厅办理业务。", "张某 -"},
		{"据村民王秀英介绍,路已修通。", "王秀英 -"},
		{"村民张海说,今年的收成不错。", "张海 -"},
		{"村民管玉林说,今年的收成不错。", "管玉林 -"},
		{"居民向红梅介绍,小区变美了。", "向红梅 -"},
		{"村民成玉兰说,今年的收成不错。", "成玉兰 -"},
		{"8月19日,凯里市下司古镇,重庆游客张荻停下脚步,镜头对准巷名石。", "张荻 -"},
		// No name: a verb and its object.
		{"大家与村民坐炕头、话家常,记录走访情况。", ""},
		{"工作人员与居民拉家常,了解生活情况。", ""},
		{"干部同村民唠家常、听心声,解决实际困难。", ""},
		{"游客服务中心全天开放。", ""},
		{"景区共接待游客5万人次。", ""},
	}
	checkRows(t, tests, "people", personRows)
}
