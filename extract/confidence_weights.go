package extract

// confWeights are the logistic weights of confFeatures, learned on CaRB dev
// by TestTrainConfidence (KG_TRAIN_CONFIDENCE=1 rewrites this file).
var confWeights = []float64{
	-1.834080, // bias
	1.397812,  // rule
	0.021635,  // subj_words
	0.175581,  // obj_words
	0.679549,  // rel_words
	-0.128354, // extras
	-0.275693, // sent_words
	0.243571,  // subj_pronoun
	0.291594,  // subj_proper
	0.120802,  // obj_proper
	-0.383294, // obj_prep
	-0.110540, // negated
	-0.109810, // modal
	-0.693262, // attributed
	-0.573096, // subj_long
	0.086953,  // obj_long
	-0.067533, // sent_long
	-0.250829, // obj_clause
	-0.205618, // rel_be
	0.426713,  // subj_det_head
	1.940763,  // rule_sq
	-0.570706, // obj_pronoun
	0.330143,  // obj_num
	0.409508,  // rel_has_prep
	-1.803980, // subj_wh
	0.141566,  // args
	-0.070381, // kind_svo
	0.062372,  // kind_copula
	0.279700,  // kind_passive
	-0.790456, // kind_apposition
	-0.795482, // kind_title
	0.000000,  // kind_nominal
	1.136130,  // kind_speech
}
