# Practice: endless exercises.
practice-title = Practice
practice-summary = Fresh exercises of every kind the course asks, with small fractions you can work on paper.
practice-origin = generated
practice-ask-information = How much information does the outcome “{ $outcome }” of P carry, in bits, to 3 decimals?
practice-ask-entropy = What is the entropy H(P), in bits, to 3 decimals?
practice-ask-cross-entropy = What is the cross-entropy H(P,Q), in bits, to 3 decimals?
practice-ask-kl = What is D(P‖Q), in bits, to 3 decimals?
practice-ask-kl-reverse = What is D(Q‖P), in bits, to 3 decimals?
practice-ask-js = What is the Jensen–Shannon divergence JS(P,Q), in bits, to 3 decimals?
practice-ask-units = H(P) = { $bits } bits. What is it in nats, to 3 decimals?
practice-ask-closer = Which model is closer to P, by D(P‖·)?
practice-hint = Write each term out from the bars; n skips to a new exercise.
practice-mistake-nats = That is the value in nats: the question asks for bits (log₂).
practice-mistake-still-bits = That is still bits: multiply by ln 2 for nats.
practice-mistake-reversed = That is the divergence the other way round.
practice-mistake-kl-for-cross = That is D(P‖Q); the cross-entropy adds H(P) to it.
practice-mistake-cross-for-kl = That is the cross-entropy H(P,Q); D(P‖Q) takes H(P) off it.
practice-header = Practice · streak { $streak } · { $right } of { $done } right first time
practice-next = n: a new exercise
practice-not-saved = practice exercises are not kept in a file
