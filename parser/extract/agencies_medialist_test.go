package extract

import "testing"

// TestAgencyMediaParticipants: the outlets a 、-list names as taking part
// in a meeting (…参加座谈, 邀请…记者参加) are bodies there; outlets listed
// where a text was carried, or named as its source, are not.
func TestAgencyMediaParticipants(t *testing.T) {
	checkRows(t, []rowCase{
		{"东江日报、东江电视台、南岭晚报参加座谈。", "东江日报; 东江电视台; 南岭晚报"},
		{"会议邀请东江法制报、东江经济报记者参加。", "东江法制报; 东江经济报"},
		{"新华社、东江日报、东江新闻网记者出席发布会。", "东江日报; 东江新闻网"},
		// Must not fire: outlets that carried the news, one outlet alone, a
		// source line.
		{"相关报道在东江日报、东江电视台刊发。", ""},
		{"东江日报记者参加座谈。", ""},
		{"来源：东江日报、东江晚报", ""},
		// The verb of taking part later in the clause, not right after the
		// last outlet: the outlets carried the news.
		{"东江日报、南岭晚报、东江电视台报道了老人参加活动的情况。", ""},
		// One outlet in the list, the rest no outlet; a bare medium's word or
		// a paper's two characters as a member.
		{"社区负责人、东江日报记者参加座谈。", ""},
		{"日报、东江晚报、南岭晚报参加座谈。", "东江晚报; 南岭晚报"},
		{"电视台、东江晚报、南岭晚报参加座谈。", "东江晚报; 南岭晚报"},
	}, "agencies", agencyNames)
}
