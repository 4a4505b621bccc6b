package extract

import "testing"

// TestPeopleDutyPair: after a body's or a level's 领导, words closed by a
// 、 that opens the same duty for a class of staff (干部, a status) are the
// leaders' verb and object, no name. A list of leaders that goes on with
// names or with a body's titled member is read.
func TestPeopleDutyPair(t *testing.T) {
	tests := []rowCase{
		{"实行镇(街道)联村领导包片、干部包村,层层落实工作任务。", ""},
		{"全面实行村领导包片、干部包村。", ""},
		{"推行区领导包片、困难群众包保到人,层层落实。", ""},

		// Names of leaders, read.
		{"县领导吴晖华、陈福军出席。", "吴晖华 -; 陈福军 -"},
		{"市领导刘正兴参加活动。", "刘正兴 -"},
		{"县领导吴晖华、县民政局局长王明出席。", "王明 局长 [局长] @县民政局; 吴晖华 -"},
	}
	checkRows(t, tests, "people", personRows)
}
