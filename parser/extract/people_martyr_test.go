package extract

import "testing"

// TestPeopleMartyr: a full name printed right before 烈士 or right after
// it is a person with the role 烈士. Not so: a body's name the word opens
// (烈士陵园, 烈士纪念馆), a verb read on either side (祭扫烈士墓,
// 向烈士敬献花篮), a class of people (烈士遗属, 革命烈士).
func TestPeopleMartyr(t *testing.T) {
	tests := []rowCase{
		{"清明节前，抗美援朝周立明烈士侄子一行3人来我镇扫墓。", "周立明 烈士 [烈士]"},
		{"县民政局筹措资金，重新修建了刘定邦烈士纪念碑。", "刘定邦 烈士 [烈士]"},
		{"在烈士王大力家中，其母讲述了他们家的事迹。", "王大力 烈士 [烈士]"},

		// No name by the word.
		{"组织干部群众到县革命烈士陵园开展祭扫活动。", ""},
		{"市龙华烈士陵园获评先进集体。", ""},
		{"做好烈士亲属祭扫烈士墓工作。", ""},
		{"学生们向烈士敬献花篮。", ""},
		{"走访慰问烈士遗属和优抚对象。", ""},
		{"每年烈士纪念日组织公祭活动。", ""},
	}
	checkRows(t, tests, "people", personRows)
}
