import { describe, expect, it } from 'vitest';
import { DEFAULT_CONFIG, configProblems, parseFragment } from './playgroundConfig';
import { budgetProblem, estimateStepCost } from './resourceBudget';

describe('resource budget', () => {
  it('counts the multiply-adds of every convolution', () => {
    // One block, kernel 3, 1 → 4 filters (with a 1×1 matching conv), 10 positions.
    const tcn = {
      ...DEFAULT_CONFIG.tcn,
      nb_filters: 4,
      kernel_size: 3,
      dilations: [1],
      input_dim: 1,
    };
    const cost = estimateStepCost(tcn, 5, 2);
    expect(cost.flopsPerStep).toBe(6 * (3 * 1 * 4 + 3 * 4 * 4 + 1 * 4) * 10);
    expect(cost.parameters).toBe(3 * 4 + 4 + 3 * 16 + 4 + 4 + 4);
  });

  it('lets the default configuration through', () => {
    expect(
      budgetProblem(
        DEFAULT_CONFIG.tcn,
        DEFAULT_CONFIG.task.seq_len,
        DEFAULT_CONFIG.train.batch_size,
      ),
    ).toBeNull();
  });

  it('refuses a run beyond the budget, naming the setting to lower and a value that fits', () => {
    const { config } = parseFragment(
      '#task=lag&seq_len=4096&lag=10&nb_filters=128&kernel_size=3&batch_size=512',
    );
    const problem = configProblems(config).find((p) => p.kind === 'tab-limit');
    expect(problem?.key).toBe('batch_size');
    const fitting = Number(/lower batch_size to (\d+)/.exec(problem!.message)![1]);
    expect(fitting).toBeGreaterThanOrEqual(1);
    expect(budgetProblem(config.tcn, 4096, fitting)).toBeNull();
    expect(budgetProblem(config.tcn, 4096, fitting + 1)).not.toBeNull();
  });

  it('asks for a shorter sequence when even one sequence is too much', () => {
    const tcn = {
      ...DEFAULT_CONFIG.tcn,
      nb_filters: 512,
      kernel_size: 64,
      dilations: [1, 2, 4, 8, 16, 32],
    };
    const problem = budgetProblem(tcn, 4096, 1);
    expect(problem?.key).toBe('seq_len');
    const fitting = Number(/lower seq_len to (\d+)/.exec(problem!.message)![1]);
    expect(budgetProblem(tcn, fitting, 1)).toBeNull();
  });
});
