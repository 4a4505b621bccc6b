package extract

import "testing"

// TestPeopleVisitHome: a visit report's clause of 在 or 到 that closes
// with the home at a comma (在低保户某某家，…) names the person visited
// without the 家, whether the segmenter glued the home to the given
// name's last character or read the three together; 家 in any other
// frame (…家说, …家的, a clause with no 在) is left as read.
func TestPeopleVisitHome(t *testing.T) {
	tests := []rowCase{
		{"在孤寡独居老人雷秋生家,副局长程一帆握着老人的手。", "雷秋生 -; 程一帆 副局长 [副局长]"},
		{"在甲村低保户甘雨家,局长详细了解了该家庭的情况。", "甘雨 -"},
		{"随后,到五保老人彭德海家,送上慰问金。", "彭德海 -"},
		{"在低保户姜晓明家中,局长详细了解了情况。", "姜晓明 -"},
		{"低保户姜晓明家里有三口人。", "姜晓明 -"},
		{"在社区,低保户汪国家说:“日子越过越好。”", "汪国家 -"},
		{"随后,到五保老人邓学家,送上慰问金。", "邓学 -"},
		{"随后,来到五保老人李国家,送上慰问金。", "李国 -"},
		{"随后,走进低保户吴学家,局长详细了解了情况。", "吴学 -"},
		{"在低保户孙建弟家,局长详细了解了情况。", "孙建弟 -"},
		{"在低保户韩德农家,局长详细了解了情况。", "韩德农 -"},
		{"低保户汪国家,今年七十岁。", "汪国家 -"},
		{"在低保户汪国家的院子里,局长详细了解了情况。", "汪国家 -"},
		{"在低保户王建军,局长详细了解了情况。", "王建军 -"},
		{"这户人家,局长详细询问了老人的身体。", ""},
		{"在农家,老人们的生活好了起来。", ""},
	}
	checkRows(t, tests, "people", personRows)
}
