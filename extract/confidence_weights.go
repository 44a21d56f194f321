package extract

// confWeights are the logistic weights of confFeatures, learned on CaRB dev
// by TestTrainConfidence (KG_TRAIN_CONFIDENCE=1 rewrites this file).
var confWeights = []float64{
	-1.488995, // bias
	1.737609,  // rule
	0.009572,  // subj_words
	0.131527,  // obj_words
	0.636840,  // rel_words
	0.093805,  // extras
	-0.360400, // sent_words
	0.284883,  // subj_pronoun
	0.289451,  // subj_proper
	0.171333,  // obj_proper
	-0.391753, // obj_prep
	-0.156243, // negated
	0.010458,  // modal
	-0.733388, // attributed
	-0.563037, // subj_long
	0.093589,  // obj_long
	0.033182,  // sent_long
	-0.082806, // obj_clause
	-0.470461, // rel_be
	0.281634,  // subj_det_head
	1.941137,  // rule_sq
	-0.745837, // obj_pronoun
	0.256103,  // obj_num
	0.392671,  // rel_has_prep
	-1.871497, // subj_wh
	0.058739,  // args
	-0.082724, // kind_svo
	0.067310,  // kind_copula
	0.056508,  // kind_passive
	-0.562287, // kind_apposition
	-0.816312, // kind_title
	0.000000,  // kind_nominal
	1.042243,  // kind_speech
}
