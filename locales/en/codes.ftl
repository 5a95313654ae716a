# kltutor codes: KL divergence as the extra bits of the wrong code.
codes-title = Code lengths: D(P‖Q) as extra bits
codes-words-heading = Code words: the best code for Q gives x a word of about −log₂ q(x) bits (ε is the empty word, — no word at all)
codes-bars-heading = The words as bars, one block per half bit: P's code against Q's
codes-lengths-heading = Expected bits per symbol when the symbols come from P
codes-column-outcome = outcome
codes-column-huffman-p = P Huffman
codes-column-huffman-q = Q Huffman
codes-column-shannon-p = P Shannon
codes-column-shannon-q = Q Shannon
codes-column-ideal = ideal −log₂
codes-column-shannon = Shannon ⌈−log₂⌉
codes-column-huffman = Huffman
codes-row-p-code = P's code
codes-row-q-code = Q's code
codes-row-extra = extra bits
codes-summary = Coding P's symbols with a code built for Q costs D(P‖Q) = { $kl } extra bits per symbol with ideal lengths: H(P,Q) = { $cross } instead of H(P). Shannon's whole-bit code words are less than one bit over the ideal, so on P's symbols they cost between H(P,Q) and H(P,Q) + 1 bits; Huffman's code is the shortest for Q's own symbols and has no such bound on P's.
codes-summary-infinite = Q gives probability 0 to an outcome P produces, so Q's code has no word for it: the extra bits, like D(P‖Q), are infinite.
codes-labels-count = --labels names { $labels } outcomes but the distributions have { $outcomes }
