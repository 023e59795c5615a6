import { Input, Text, View } from '@tarojs/components'

interface Props {
  text: string
  onType: (text: string) => void
  /** Enter / 搜索: search now and remember the query */
  onSubmit: () => void
  onClear: () => void
}

/** The search box: searches as typing pauses; Enter or 搜索 searches at once and keeps the query in 最近搜索. */
export default function SearchBar({ text, onType, onSubmit, onClear }: Props) {
  return (
    <View className='policy-search'>
      <View className='policy-search__box'>
        <Input
          id='policy-search'
          className='policy-search__input'
          value={text}
          placeholder='搜索政策标题、文号或正文'
          placeholderClass='policy-search__placeholder'
          confirmType='search'
          maxlength={40}
          onInput={(e) => onType(e.detail.value)}
          onConfirm={onSubmit}
        />
        {text !== '' && (
          <Text id='policy-search-clear' className='policy-search__clear' aria-label='清除' onClick={onClear}>
            ×
          </Text>
        )}
      </View>
      <Text id='policy-search-submit' className='policy-search__button' onClick={onSubmit}>
        搜索
      </Text>
    </View>
  )
}
