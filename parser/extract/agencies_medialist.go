package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"bulletin/parser/lexicon"
)

// mediaParticipants finds the outlets a 、-list names as the ones that
// take part in a meeting (中国社会报、天津日报、今晚报…参加座谈; 会议邀请|某某
// 经济报、某某法制报、…记者参加): a paper, a station or a news site that sends
// its reporters to a press meeting is a body there, taking part as the
// bureaus do, not the source the text is quoted from (GOLD.md: a medium
// is no agency only where it is named as the text's source). The list
// is a clause's run of members parted by 、, closed by a verb of taking
// part (参加, 出席, 参会, maybe after 记者) or opened by 邀请; at least two
// members end in a medium's word (media.txt: 日报, 电视台, 网) or 报 (a
// paper: 中国社会报, 每日新报), and only those are read, each whole from
// one mark to the next.
func mediaParticipants(s string) []candidate {
	var out []candidate
	for start := 0; start < len(s); {
		end := start
		for end < len(s) {
			r, w := utf8.DecodeRuneInString(s[end:])
			if r == '、' || unicode.Is(unicode.Han, r) {
				end += w
				continue
			}
			break
		}
		if end > start {
			out = append(out, mediaMembers(s, start, end)...)
		}
		if end == start {
			_, w := utf8.DecodeRuneInString(s[end:])
			end += w
		}
		start = end
	}
	return out
}

// mediaMembers reads the run of Han characters and 、 marks [i, e) as a
// list of outlets taking part (mediaParticipants), or finds none.
func mediaMembers(s string, i, e int) []candidate {
	parts := strings.Split(s[i:e], "、")
	if len(parts) < 2 {
		return nil
	}
	n := len(parts) - 1
	lead := 0 // bytes of the first part before its member: …邀请|
	if k := strings.LastIndex(parts[0], "邀请"); k >= 0 {
		lead = k + len("邀请")
	}
	last := parts[n]
	closed := false
	for _, v := range []string{"参加", "出席", "参会"} {
		if k := strings.Index(last, v); k > 0 {
			last, closed = strings.TrimSuffix(last[:k], "记者"), true
			break
		}
	}
	if lead == 0 && !closed {
		return nil
	}
	var out []candidate
	at := i
	for k, p := range parts {
		m, st := p, at
		if k == 0 {
			m, st = p[lead:], at+lead
		}
		if k == n {
			m = last
		}
		if mediaMemberName(m) {
			out = append(out, candidate{st, st + len(m), "media-participant"})
		}
		at += len(p) + len("、")
	}
	if len(out) < 2 {
		return nil
	}
	return out
}

// mediaMemberName reports whether m names an outlet: a Han character or
// more before a medium's word (media.txt) or two before 报, a paper's.
func mediaMemberName(m string) bool {
	if w, ok := lexicon.Media().EndingAt(m, len(m)); ok && len(w) < len(m) {
		return true
	}
	return strings.HasSuffix(m, "报") && utf8.RuneCountInString(m) >= 3
}
