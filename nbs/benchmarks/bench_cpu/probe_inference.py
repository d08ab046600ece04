"Where mtvit_small's inference time goes at 384 px (fp32, batch 2): forward, mask branch, post-processing; and the R-CNN pair split."
import json, sys, torch
from mtvit.bench_peers import Peer, mtvit_peer, bare_vit_peer, time_peers, machine_info, _pp_run
from mtvit.core import atomic_write, seed_everything
from torchvision.models.detection import maskrcnn_resnet50_fpn, keypointrcnn_resnet50_fpn

torch.set_num_threads(2); seed_everything(0)
S, B = 384, 2
x = torch.rand(B, 3, S, S)
full = mtvit_peer('mtvit_small', S)
m = full.model
with torch.inference_mode(): cached = m(x)
peers = [full,
         Peer('mtvit_small forward only', m, 'all'),
         Peer('mtvit_small PostProcess only', _pp_run(lambda _: cached, S), 'all'),
         mtvit_peer('mtvit_small', S, name='mtvit_small no masks (+PostProcess)', masks=False),
         mtvit_peer('mtvit_small', S, name='mtvit_small mask_dim=128 (+PostProcess)', mask_dim=128),
         bare_vit_peer('vit_small_patch16_224')]
kw = dict(weights=None, weights_backbone=None, min_size=S, max_size=S, box_score_thresh=0.)
mask = maskrcnn_resnet50_fpn(**kw).eval()
kpt = keypointrcnn_resnet50_fpn(num_classes=2, box_detections_per_img=20, **kw).eval()
peers += [Peer('maskrcnn (100 dets)', lambda x: mask(list(x)), 'boxes+masks'),
          Peer('keypointrcnn (20 dets)', lambda x: kpt(list(x)), 'boxes+keypoints')]
res = time_peers(peers, x, rounds=3, warmup=1, memory=False)
out = {'info': machine_info(), 'size': S, 'batch_size': B, 'precision': 'fp32',
       'rows': [{'peer': p.name, 'median_s': res[p.name]['median_s'], 'img_s': res[p.name]['img_s'], 'times': res[p.name]['times']} for p in peers]}
for r in out['rows']: print(f"{r['peer']:>42}: {r['img_s']:6.2f} img/s  {1e3 * r['median_s'] / B:7.1f} ms/img")
with atomic_write(sys.argv[1], 'w') as f: json.dump(out, f, indent=1)
