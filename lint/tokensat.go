package lint

// TokensAt sets out[q] to TokenAt(offs[q]) for every q (out must be at
// least as long as offs). The searches run side by side, one probe of each a
// round: on a long document, whose tokens the cache no longer holds, the
// last probes of a search each miss it, and a search alone waits for
// them one after another, where the probes of one round, independent of
// each other, wait for memory together. A rule that asks for the tokens
// at many offsets of a long document (the brackets of a page, the titles
// before names) asks for a few dozen at a time.
func (d *Document) TokensAt(offs []int, out []int) {
	toks := d.Tokens
	out = out[:len(offs)]
	if len(toks) == 0 {
		clear(out)
		return
	}
	// Each search keeps the first token of its range in out[q]: the
	// answer lies in [out[q], out[q]+n] while n > 1 and is the first
	// token of the range or the one after it at the end. Every range is
	// as long as the others at each round, so the rounds are the same
	// for all (a search that would stop early costs a probe or two
	// more).
	clear(out)
	n := len(toks)
	for n > 1 {
		half := n / 2
		for q, off := range offs {
			if toks[out[q]+half-1].Span.End <= off {
				out[q] += half
			}
		}
		n -= half
	}
	for q, off := range offs {
		if toks[out[q]].Span.End <= off {
			out[q]++
		}
	}
}
