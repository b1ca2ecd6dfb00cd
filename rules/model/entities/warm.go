package entities

import "github.com/factlint/factlint/lint"

// Some passes after group read tokens and mentions by index, sparsely
// over the whole article: the pronouns' candidates (events, far fewer
// than the capitals, each with its entity's mention anywhere in the
// mentions) and the "the" that titleOnly reads. A long article's tokens (48 bytes each,
// 9.6 MB at 1 MB of text) and mentions have left the cache by then, and a
// loop whose work depends on what it read waits for memory at each of
// them, one after another. The warm functions below read, a batch of
// warmBatch at a time, what such a loop is about to read, in a loop of
// independent reads whose sum is returned and kept in builder.warmed (the
// functions are not inlined, so that the reads are not dropped as
// unused): their misses wait for memory together, and the loop then finds
// what it reads in the cache. A short article's tokens are in the cache
// already, and its passes warm nothing (warmMinTokens).
//
// findRuns and runFrom, whose first read of each capital's token is their
// costliest instruction, are not warmed: a capital every 7 tokens or so
// makes their reads a stream over most of the token array's lines, which
// the memory's throughput bounds, not its latency. Warming them (the token
// before each capital, its own and the one after) moved their time into
// the warm loop and left the rule level at 1 MB and 10 MB. Warming three
// other sparse reads in token order was slower at 10 MB, 0.96 to 1.0 in
// both orders of timing, and is not done: the nouns' and pronouns' tokens
// in pronouns, the token after each sentence-opening capital in
// nearMisses (speakerSlip), and each run's last token in group's second
// pass (surnameIdx).
//
// wordOccs is not warmed either. Reading each filled word's occurrences
// (the token's entity, its place, the token and its shape), a batch of
// warmBatch along the word's chain at a time, before filling them moved
// its samples into the warm loop and added to them: 1.60 % of the model's
// samples at 1 MB became 2.17 % (warm loop and fill), 1.69 % at 10 MB
// became 2.04 %. Its loop, whose next occurrence does not depend on what
// it reads, already has its misses in flight together.
//
// The subject test told the tokens of the mention's sentence before it by
// the sentence's FirstToken (the event's sentence is its first token's)
// rather than by reading its first token's Sentence, and warmEvents read
// the sentence instead of that token: level in time at 10 MB (1.006 and
// 0.991 in the two orders), and more samples in subject and setCandidate,
// which read the same lines later. Not done.

// warmBatch is the number of reads warmed at a time: enough for their
// misses to overlap, few enough that the warmed lines are still in the
// L1 cache when the loop reaches them.
const warmBatch = 32

// warmMinTokens is the length, in tokens, from which the passes warm
// their tokens: 16k tokens are 768 KB, most of the L2 cache, which the
// shape, facts and word arrays share with them.
const warmMinTokens = 1 << 14

// warmFrom is warmMinTokens, in a variable so that the tests can warm the
// passes of every document, short ones too, and compare the models.
var warmFrom = warmMinTokens

// warmEvents reads, for each event of evs, what setCandidate reads of it
// from elsewhere: the first token of its mention and the tokens on either
// side (the subject test, when not done yet), and the mention of its
// entity (an entity's mentions are scattered over its whole array, the
// events' entities in no order).
//
//go:noinline
func warmEvents(toks []lint.Token, ents []*Entity, evs []event) uint {
	sum := uint(0)
	for k := range evs {
		ev := &evs[k]
		if ev.subj == 0 {
			first, last := int(ev.tok), int(ev.last)
			sum += uint(toks[first].Sentence)
			if first > 0 {
				sum += uint(toks[first-1].Flags)
			}
			if last+1 < len(toks) {
				sum += uint(toks[last+1].Flags)
			}
		}
		if !ev.noun && ev.ent != 0 {
			if ms := ents[ev.ent-1].Mentions; int(ev.mi) < len(ms) {
				sum += uint(ms[ev.mi].Span.Start)
			}
		}
	}
	return sum
}

// warmThe reads, for each "the" of the (theLeads), what titleOnly reads
// of it first: its own block, and the block and text header (the length)
// of the token after it (the age, or the first word of a title).
//
//go:noinline
func warmThe(toks []lint.Token, the []int32) uint {
	sum := uint(0)
	for _, i32 := range the {
		i := int(i32)
		sum += uint(toks[i].Block)
		if i+1 < len(toks) {
			t := &toks[i+1]
			sum += uint(len(t.Text)) + uint(t.Block)
		}
	}
	return sum
}
