package extract

import "testing"

// People from reviewer 13: a transcribed name of one name word of the
// lexicon and words the segmenter does not know is read whole (白玛赤林);
// the executive deputies' titles are read whole (常务副书记); 服务对象 is a
// status before a name; a credit whose value is a body's name names no
// person.
func TestPeopleReview13(t *testing.T) {
	tests := []rowCase{
		{"区党委副书记、区人大常委会主任白玛赤林出席会议。", "白玛赤林 主任 [党委副书记 主任]"},
		{"自治区主席洛桑江村讲话。", "洛桑江村 自治区主席 [自治区主席]"},
		{"会议由区党委常务副书记吴英杰主持。", "吴英杰 常务副书记 [常务副书记] @区党委"},
		{"常务副县长张明出席。", "张明 常务副县长 [常务副县长]"},
		{"市慈善总会常务副会长李华致辞。", "李华 常务副会长 [常务副会长] @市慈善总会"},
		{"入户看望精康服务对象彭小平一家。", "彭小平 -"},
		{"编辑：李平", "李平 编辑 [编辑]"},
		{"编辑：张文科", "张文科 编辑 [编辑]"},
		// Negatives: one name word before a verb or a stop is read as
		// before, a credit names a body, 服务对象 before words that are
		// no name, 常务 of a body's name.
		{"副主任白玛出席会议。", "白玛 副主任 [副主任]"},
		{"局长洛桑在会上讲话。", "洛桑 局长 [局长]"},
		{"责任编辑:区民政局", ""},
		{"编辑：市民政局办公室", ""},
		{"编辑：县融媒体中心", ""},
		{"提高服务对象满意率。", ""},
		{"为服务对象提供上门服务。", ""},
		{"与工作人员和服务对象进行交流。", ""},
		{"区党委常务委员会召开会议。", ""},
	}
	checkRows(t, tests, "people", personRows)
}
