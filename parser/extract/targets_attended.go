package extract

import "bulletin/parser/lexicon"

// attendVerbs are the verbs of taking part in or receiving an event (参加,
// 出席, 接受: cue list attend) a report prints before the event's noun
// (70余名干部参加培训, 200人接受培训).
func attendVerbs() *lexicon.Words { return lexicon.CueWordList("attend") }

// attendedEvent reports whether the plan word at i is the object of a
// verb of taking part right before it (参加|培训): the noun of the event
// taken part in, no task the clause sets out to reach, so the number of
// those who took part is a count of attendance. A plan word of the clause
// elsewhere (计划组织…参加培训) or 将 before the verb still plans.
func attendedEvent(s string, i int) bool {
	_, ok := attendVerbs().EndingAt(s, i)
	return ok
}
