package extract

// confWeights are the logistic weights of confFeatures, learned on CaRB dev
// by TestTrainConfidence (KG_TRAIN_CONFIDENCE=1 rewrites this file).
var confWeights = []float64{
	-2.292551, // bias
	1.890386,  // rule
	0.088052,  // subj_words
	0.183947,  // obj_words
	0.762408,  // rel_words
	-0.075200, // extras
	-0.359227, // sent_words
	0.438409,  // subj_pronoun
	0.445438,  // subj_proper
	0.212593,  // obj_proper
	-0.263582, // obj_prep
	-0.077384, // negated
	-0.095357, // modal
	-0.773616, // attributed
	-0.134644, // subj_long
	0.024307,  // obj_long
	-0.067259, // sent_long
	0.065210,  // obj_clause
	-0.310126, // rel_be
	0.396683,  // subj_det_head
	2.313281,  // rule_sq
	-0.645371, // obj_pronoun
	0.438870,  // obj_num
	0.311531,  // rel_has_prep
	-1.573298, // subj_wh
	0.084244,  // args
	-0.784126, // subj_clause
	0.293689,  // arg_has_rel
	-0.025903, // kind_svo
	0.076450,  // kind_copula
	0.029519,  // kind_passive
	-0.593374, // kind_apposition
	-1.013641, // kind_title
	0.000000,  // kind_nominal
	0.871293,  // kind_speech
}
