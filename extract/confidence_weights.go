package extract

// confWeights are the logistic weights of confFeatures, learned on CaRB dev
// by TestTrainConfidence (KG_TRAIN_CONFIDENCE=1 rewrites this file).
var confWeights = []float64{
	-1.848675, // bias
	1.393812,  // rule
	0.024141,  // subj_words
	0.181755,  // obj_words
	0.752301,  // rel_words
	-0.133637, // extras
	-0.281737, // sent_words
	0.245824,  // subj_pronoun
	0.290278,  // subj_proper
	0.126374,  // obj_proper
	-0.400320, // obj_prep
	-0.148111, // negated
	-0.135213, // modal
	-0.694661, // attributed
	-0.578452, // subj_long
	0.080182,  // obj_long
	-0.064002, // sent_long
	-0.255273, // obj_clause
	-0.327039, // rel_be
	0.418561,  // subj_det_head
	1.945597,  // rule_sq
	-0.569295, // obj_pronoun
	0.326748,  // obj_num
	0.420098,  // rel_has_prep
	-1.820834, // subj_wh
	0.142354,  // args
	-0.108550, // kind_svo
	0.179460,  // kind_copula
	0.214209,  // kind_passive
	-0.702641, // kind_apposition
	-0.750618, // kind_title
	0.000000,  // kind_nominal
	1.106444,  // kind_speech
}
