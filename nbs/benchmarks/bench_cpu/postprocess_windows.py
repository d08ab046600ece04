"Issue 15: PostProcess.to_original with and without mask windows, compact (trained-like) and random masks, RLEs and bool masks, three photo sizes. 2 threads."
import json, statistics, sys, time
import torch
from mtvit.postprocess import PostProcess
from mtvit.bench_peers import machine_info
torch.set_num_threads(2); torch.manual_seed(0)
S, k = 384, 100                                                    # mtvit_small's canvas, 100 detections from 65 queries
yy, xx = torch.meshgrid(torch.arange(96.), torch.arange(96.), indexing='ij')
c, r = torch.rand(65, 2) * 96, 3 + torch.rand(65) * 10            # discs of radius 3-13 cells on the 96 x 96 mask grid
masks = {'compact': 8 * (1 - ((yy - c[:, 0, None, None]) ** 2 + (xx - c[:, 1, None, None]) ** 2).sqrt() / r[:, None, None]),
         'random': torch.randn(65, 96, 96)}                        # an untrained model's: positive over half the map
rows = torch.randint(0, 65, (k,)); rows[:65] = torch.arange(65)
det = {'scores': torch.rand(k).sort(descending=True).values, 'labels': torch.randint(0, 80, (k,)),
       'boxes': torch.rand(k, 4).sort(-1).values * S, 'mask_rows': rows}
res = {'info': machine_info(), 'rows': []}
for rle in (True, False):
    chunked = PostProcess(rle=rle); chunked.small_masks = lambda lg, cs: (torch.zeros(len(lg), dtype=torch.bool), None)
    windows = PostProcess(rle=rle)
    for kind, lg in masks.items():
        for orig, size in (((384, 384), (384, 384)), ((480, 640), (288, 384)), ((960, 1280), (288, 384))):
            d, T = det | {'masks': lg}, {'chunked': [], 'windows': []}
            a, b = chunked.to_original(d, (S, S), size, orig), windows.to_original(d, (S, S), size, orig)
            key = 'rles' if rle else 'masks'
            assert (a[key] == b[key]) if rle else torch.equal(a[key], b[key])  # the same detections
            for _ in range(7):
                for name, pp in (('chunked', chunked), ('windows', windows)):
                    t0 = time.perf_counter(); pp.to_original(d, (S, S), size, orig); T[name].append(time.perf_counter() - t0)
            row = {'output': 'rles' if rle else 'bool masks', 'masks': kind, 'photo': f'{orig[1]}x{orig[0]}',
                   **{f'{n}_ms': 1e3 * statistics.median(v) for n, v in T.items()}}
            row['speedup'] = row['chunked_ms'] / row['windows_ms']
            res['rows'].append(row); print(row, flush=True)
json.dump(res, open(sys.argv[1], 'w'), indent=1)
